using System.Text;
using ProcurementSim.Cli.Output;
using ProcurementSim.Core.Loading;

namespace ProcurementSim.Cli.Remote;

/// <summary>
/// Reads a scenario file's text to send it to the orchestrator. A file the loader could not read (missing, a
/// directory, too large, not UTF-8) is reported exactly as the embedded mode reports it, by the loader itself.
/// </summary>
internal static class ScenarioText
{
    // The loader's limit for a scenario file (1 MiB): a larger file is the loader's to refuse.
    private const int MaxBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text, or null after writing the file's problem to <paramref name="error"/>.</summary>
    public static string? Read(string file, TextWriter error)
    {
        if (TryRead(file) is { } text)
        {
            return text;
        }

        var loaded = ScenarioLoader.LoadFile(file);
        if (loaded.IsValid)
        {
            // Readable after all (it changed between the two reads): send what the loader read.
            return File.ReadAllText(file);
        }

        DiagnosticPrinter.Print(file, loaded.Diagnostics, error, loaded.ProblemCount);
        return null;
    }

    private static string? TryRead(string file)
    {
        try
        {
            if (!File.Exists(file) || new FileInfo(file).Length > MaxBytes)
            {
                return null;
            }

            var bytes = File.ReadAllBytes(file);
            ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
            return bytes.Length > MaxBytes ? null : StrictUtf8.GetString(bytes.AsSpan().StartsWith(bom) ? bytes.AsSpan(bom.Length) : bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
