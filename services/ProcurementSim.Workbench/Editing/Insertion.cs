namespace ProcurementSim.Workbench.Editing;

/// <summary>
/// How to write a key the text leaves out: insert <see cref="Before"/>, the value, then <see cref="After"/> at
/// <see cref="At"/>; every other byte stays. The page does it as the planner changes the field.
/// </summary>
/// <param name="At">Offset in the text (UTF-16 units, as a browser counts).</param>
/// <param name="Before">Text before the value (the key, and what must come before it).</param>
/// <param name="After">Text after the value (what closes what <see cref="Before"/> opened).</param>
internal sealed record Insertion(int At, string Before, string After)
{
    /// <summary>The text with the value written in.</summary>
    public string Apply(string yaml, string value)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        return yaml[..At] + Before + value + After + yaml[At..];
    }
}
