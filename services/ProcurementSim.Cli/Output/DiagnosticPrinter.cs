using ProcurementSim.Core.Loading;

namespace ProcurementSim.Cli.Output;

/// <summary>Writes a scenario's problems the way compilers do, so editors can jump to them.</summary>
internal static class DiagnosticPrinter
{
    /// <summary>One <c>file:line:column: message</c> line per diagnostic, then <c>file: N problems</c>.</summary>
    public static void Print(string file, IReadOnlyList<Diagnostic> diagnostics, TextWriter error)
    {
        foreach (var d in diagnostics)
        {
            error.WriteLine(d.ToString());
        }

        error.WriteLine($"{file}: {Plural.Count(diagnostics.Count, "problem", "problems")}");
    }
}
