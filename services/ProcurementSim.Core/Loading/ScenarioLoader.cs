using System.Globalization;
using System.Security;
using System.Text;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Loading;

/// <summary>
/// Reads scenario YAML and reports every problem at once, each with file, line, column and field path.
/// The format is documented in docs/SCENARIO-FORMAT.md and described by scenarios/scenario.schema.json.
/// </summary>
public static class ScenarioLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Loads a file from disk. A missing, unreadable, oversized or non-UTF-8 file gives a diagnostic at 1:1; it never throws.</summary>
    /// <param name="path">The file; diagnostics name it as given.</param>
    public static LoadResult LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            if (Directory.Exists(path)) return Fail(path, "cannot read the file: it is a directory");
            if (!File.Exists(path)) return Fail(path, "cannot read the file: it does not exist");
            // Read at most one byte past the limit, so a huge (or endless) file is refused without loading it.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var buffer = new byte[Limits.MaxFileBytes + 1];
            var length = 0;
            int read;
            while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0) length += read;
            if (length > Limits.MaxFileBytes) return Fail(path, TooLarge);
            text = Decode(buffer.AsSpan(0, length));
        }
        catch (DecoderFallbackException)
        {
            return Fail(path, "cannot read the file: it is not valid UTF-8 text");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException or NotSupportedException or ArgumentException)
        {
            return Fail(path, "cannot read the file: " + e.Message);
        }
        return LoadText(text, path);
    }

    /// <summary>Loads YAML text. Never throws for any text; problems come back as diagnostics sorted by line and column.</summary>
    /// <param name="yaml">The scenario text.</param>
    /// <param name="fileName">The name diagnostics give for the text.</param>
    public static LoadResult LoadText(string yaml, string fileName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(fileName);
        if (yaml.Length > Limits.MaxFileBytes || Encoding.UTF8.GetByteCount(yaml) > Limits.MaxFileBytes) return Fail(fileName, TooLarge);

        var diagnostics = new DiagnosticBag(fileName);
        var root = new YamlTreeReader(diagnostics).Read(yaml);
        (Scenario Scenario, ExperimentSpec Experiment, SeminarSpec Seminar)? read = null;
        if (root is not null)
        {
            read = ScenarioReader.Read(new ReadContext(diagnostics), root);
        }
        else if (diagnostics.Count == 0)
        {
            diagnostics.Add(1, 1, "scenario: the file is empty; expected a mapping of scenario keys (name, ticks, categories, agency, vendors, strategies, ...)");
        }
        return diagnostics.Count == 0 && read is { } valid
            ? new LoadResult(valid.Scenario, []) { Experiment = valid.Experiment, Seminar = valid.Seminar }
            : new LoadResult(null, diagnostics.Sorted()) { ProblemCount = diagnostics.Count };
    }

    private static string TooLarge => string.Create(CultureInfo.InvariantCulture,
        $"scenario: the file is larger than 1 MiB ({Limits.MaxFileBytes} bytes), the limit for a scenario file");

    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        return StrictUtf8.GetString(bytes.StartsWith(bom) ? bytes[bom.Length..] : bytes);
    }

    private static LoadResult Fail(string file, string message) => new(null, [new Diagnostic(file, 1, 1, message)]);
}
