namespace ProcurementSim.Workbench.Editing;

/// <summary>A parameter the form offers: a slider and a box for a number, a choice, or a text (a trigger).</summary>
/// <param name="Path">The value's dotted path (the field's id).</param>
/// <param name="Group">The form's section.</param>
/// <param name="Label">The name in words.</param>
/// <param name="Help">One line on what it means.</param>
/// <param name="Kind"><c>number</c>, <c>choice</c> or <c>text</c>.</param>
/// <param name="Value">The value as written, or the Core's default when the text leaves it out.</param>
/// <param name="Min">The slider's lower end (numbers).</param>
/// <param name="Max">The slider's upper end (numbers).</param>
/// <param name="Step">The slider's step (numbers).</param>
/// <param name="Choices">The choices (choice).</param>
/// <param name="Start">Where the value's text starts (-1 when not written).</param>
/// <param name="End">Where it ends (-1 when not written).</param>
/// <param name="Line">Its line (0 when not written).</param>
/// <param name="Column">Its column (not written: 0).</param>
/// <param name="Written">True when the text writes the value; false when the field shows the Core's default.</param>
/// <param name="Default">The Core's default in words, when there is one.</param>
/// <param name="Insert">How to write the key when the text leaves it out (null when written, or when the text cannot take it yet).</param>
/// <param name="Sampled">When an uncertainty of the file samples this value in the ranking and the experiments: the
/// uncertainty in words (its name and distribution); the value the form sets then plays in the single run only.</param>
internal sealed record FormField(
    string Path, string Group, string Label, string Help, string Kind, string Value, double? Min, double? Max, double? Step,
    IReadOnlyList<string>? Choices, int Start, int End, int Line, int Column, bool Written = true, string? Default = null, Insertion? Insert = null, string? Sampled = null);
