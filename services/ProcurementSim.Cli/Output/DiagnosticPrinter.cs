using ProcurementSim.Core.Loading;
using ProcurementSim.Reporting.Text;

namespace ProcurementSim.Cli.Output;

/// <summary>Writes a scenario's problems the way compilers do, so editors can jump to them.</summary>
internal static class DiagnosticPrinter
{
    /// <summary>One <c>file:line:column: message</c> line per diagnostic, then <c>file: N problems</c>.</summary>
    /// <param name="file">The file.</param>
    /// <param name="diagnostics">The problems listed (the loader lists the first hundred and counts the rest in a last line).</param>
    /// <param name="error">Where to write.</param>
    /// <param name="problems">How many problems there are (<see cref="LoadResult.ProblemCount"/>); null: as many as listed.</param>
    public static void Print(string file, IReadOnlyList<Diagnostic> diagnostics, TextWriter error, int? problems = null)
    {
        foreach (var d in diagnostics)
        {
            error.WriteLine(d.ToString());
        }

        error.WriteLine($"{file}: {Plural.Count(problems ?? diagnostics.Count, "problem", "problems")}");
    }
}
