namespace ProcurementSim.Workbench.Editing;

/// <summary>
/// One scalar value of a scenario's YAML with where its text is: a dotted path whose list items are named by their
/// <c>name</c> (or <c>kind</c>) key, as the scenario's parameter paths name them (<c>vendors.replacement_a.quality</c>).
/// </summary>
/// <param name="Path">The dotted path.</param>
/// <param name="Value">The value as YAML reads it.</param>
/// <param name="Start">Offset of the value's first character in the text (UTF-16 units, as a browser counts).</param>
/// <param name="End">Offset just past the value (quotes included).</param>
/// <param name="Line">1-based line of the value.</param>
/// <param name="Column">1-based column of the value.</param>
/// <param name="Plain">True when written without quotes or a block style (a number, a word).</param>
internal sealed record ScalarLeaf(string Path, string Value, int Start, int End, int Line, int Column, bool Plain);
