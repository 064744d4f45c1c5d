namespace ProcurementSim.Testing.Fuzz;

/// <summary>One edit to a scenario text; <see cref="MutationGenerators"/> draws them, <see cref="Apply"/> performs them.</summary>
/// <param name="Kind">Which edit (see <see cref="Apply"/>).</param>
/// <param name="Position">Where, taken modulo the text length or line count.</param>
/// <param name="Other">A second number: a length, another line, or a character code.</param>
/// <param name="Token">Text to insert.</param>
public sealed record Mutation(int Kind, int Position, int Other, string Token)
{
    public const int Kinds = 8;

    public string Apply(string text)
    {
        var lines = text.Split('\n').ToList();
        var line = Position % lines.Count;
        var at = text.Length == 0 ? 0 : Position % text.Length;
        switch (Kind)
        {
            case 0: return text.Insert(at, Token);
            case 1: return text.Remove(at, Math.Min(1 + (Other % 8), text.Length - at));
            case 2: return text.Length == 0 ? Token : text.Remove(at, 1).Insert(at, Token);
            case 3: lines.RemoveAt(line); break;
            case 4: lines.Insert(line, lines[line]); break;
            case 5:
                var other = Other % lines.Count;
                (lines[line], lines[other]) = (lines[other], lines[line]);
                break;
            case 6: lines[line] = Other % 2 == 0 ? "  " + lines[line] : lines[line].Length > 0 ? lines[line][1..] : lines[line]; break;
            default: return text.Insert(at, ((char)(Other % 256)).ToString());
        }
        return string.Join('\n', lines);
    }
}
