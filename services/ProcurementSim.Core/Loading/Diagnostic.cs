namespace ProcurementSim.Core.Loading;

/// <summary>One problem found in a scenario file, with where it is.</summary>
/// <param name="File">The file name as the user gave it.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Message">A plain sentence: the field and what was expected.</param>
public sealed record Diagnostic(string File, int Line, int Column, string Message)
{
    /// <summary><c>file:line:column: message</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
