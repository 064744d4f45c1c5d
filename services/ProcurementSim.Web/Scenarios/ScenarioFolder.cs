using ProcurementSim.Core.Loading;

namespace ProcurementSim.Web.Scenarios;

/// <summary>
/// The scenarios folder of <c>procsim serve</c> (the seminar's facilitator and the workbench's planner choose from it):
/// only its regular *.yaml files, never a link leading out of it, read through the CLI's bounded loader (<see cref="ScenarioLoader.LoadFile"/>: size limit, strict UTF-8), so a huge file, a FIFO or a
/// link to /etc/passwd answers a sentence instead of memory, a hung request or the file's text.
/// </summary>
public static class ScenarioFolder
{
    /// <summary>The names of the files that can be chosen, in order.</summary>
    public static IReadOnlyList<string> Files(string? folder) =>
        folder is not null && Directory.Exists(folder)
            ? [.. Directory.GetFiles(folder, "*.yaml").Where(p => Refusal(folder, p) is null).Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)]
            : [];

    /// <summary>
    /// Loads <paramref name="name"/> from the folder: the loader's result and, when valid, the text it read (a game
    /// keeps its scenario's text); or a diagnostic saying why the file is not read.
    /// </summary>
    public static (LoadResult Result, string Text) Load(string? folder, string name)
    {
        var file = Path.GetFileName(name ?? "");
        if (folder is null || file.Length == 0 || !Directory.Exists(folder)) return (Refused(file, "there is no scenarios folder to read it from"), "");
        var path = Path.Combine(folder, file);
        if (Refusal(folder, path) is { } why) return (Refused(file, why), "");
        var loaded = ScenarioLoader.LoadFile(path);
        if (!loaded.IsValid) return (loaded, "");
        // The loader accepted the file a moment ago; it is read once more for its text, refused if it grew meanwhile.
        var info = new FileInfo(path);
        return info.Length <= MaxBytes ? (loaded, File.ReadAllText(path)) : (Refused(file, "it changed while it was read"), "");
    }

    // The loader's own limit (docs/SCENARIO-FORMAT.md, "Limits").
    private const int MaxBytes = 1024 * 1024;

    // Null when the file may be read.
    private static string? Refusal(string folder, string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return "it does not exist";
            var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
            var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo;
            if (target is null || !target.Exists) return "it is a link to nothing readable";
            if (!Path.GetFullPath(target.FullName).StartsWith(root, StringComparison.Ordinal)) return "it is a link to a file outside the scenarios folder";
            // A FIFO or a device reports no length (and opening a FIFO would wait for a writer); a real scenario is never empty.
            if (target.Length == 0) return "it is empty or not a regular file";
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "it cannot be read: " + e.Message;
        }
    }

    private static LoadResult Refused(string file, string why) =>
        new(null, [new Diagnostic(file, 1, 1, $"scenario: the file is not read: {why}")]);
}
