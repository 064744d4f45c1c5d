using System.Globalization;

namespace ProcurementSim.Cli.Output;

/// <summary>
/// Where a run's files go and how they are written: each to a temporary file in the same directory, then moved over
/// the target, so an interrupted run never leaves a half-written file. Nothing else in the directory is touched.
/// </summary>
internal static class OutputFiles
{
    /// <summary><c>results/&lt;scenario&gt;/&lt;strategy&gt;-seed&lt;seed&gt;</c>, relative to the current directory.</summary>
    public static string DefaultDirectory(string scenario, string strategy, ulong seed) =>
        Path.Combine("results", scenario, string.Create(CultureInfo.InvariantCulture, $"{strategy}-seed{seed}"));

    /// <summary>Writes every file into <paramref name="directory"/> (created if needed) and returns their paths, in order.</summary>
    /// <exception cref="UserInputException">The directory or a file cannot be written.</exception>
    public static IReadOnlyList<string> WriteAll(string directory, IEnumerable<(string Name, byte[] Bytes)> files)
    {
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (IsFileSystemError(e))
        {
            throw new UserInputException($"{CliApp.Name}: cannot create the output directory '{directory}': {e.Message}", e);
        }

        return [.. files.Select(f => WriteAtomically(directory, f.Name, f.Bytes))];
    }

    private static string WriteAtomically(string directory, string name, byte[] bytes)
    {
        var target = Path.Combine(directory, name);
        var temp = Path.Combine(directory, $".{name}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, target, overwrite: true);
            return target;
        }
        catch (Exception e) when (IsFileSystemError(e))
        {
            TryDelete(temp);
            throw new UserInputException($"{CliApp.Name}: cannot write '{target}': {e.Message}", e);
        }
    }

    private static void TryDelete(string temp)
    {
        try
        {
            File.Delete(temp);
        }
        catch (Exception e) when (IsFileSystemError(e))
        {
            // The temporary file may never have been created; the error that matters is the one being reported.
        }
    }

    private static bool IsFileSystemError(Exception e) =>
        e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException;
}
