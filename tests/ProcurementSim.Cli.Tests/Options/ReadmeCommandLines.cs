using System.Text;

namespace ProcurementSim.Cli.Tests.Options;

/// <summary>
/// The <c>procsim …</c> command lines in README.md's code blocks, split into arguments as a POSIX shell would
/// (quotes, backslash-newline continuations, <c># comments</c>). README.md is copied next to the test assembly.
/// </summary>
internal static class ReadmeCommandLines
{
    public static string ReadmePath => Path.Combine(AppContext.BaseDirectory, "README.md");

    /// <summary>Each command line as its arguments after <c>procsim</c>, in README order.</summary>
    public static IReadOnlyList<string[]> All()
    {
        var lines = new List<string[]>();
        var inBlock = false;
        var pending = new StringBuilder();
        foreach (var raw in File.ReadAllLines(ReadmePath))
        {
            var line = raw.TrimStart();
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inBlock = !inBlock;
                continue;
            }

            if (!inBlock || (pending.Length == 0 && !line.StartsWith("procsim ", StringComparison.Ordinal) && line != "procsim"))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                pending.Append(line[..^1]).Append(' ');
                continue;
            }

            pending.Append(line);
            var words = Split(pending.ToString());
            pending.Clear();
            lines.Add([.. words.Skip(1)]);
        }

        return lines;
    }

    /// <summary>Words of a shell line: single and double quotes group, a <c>#</c> at the start of a word begins a comment.</summary>
    public static List<string> Split(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        foreach (var ch in line)
        {
            if (quote is { } q)
            {
                if (ch == q) quote = null;
                else word.Append(ch);
                continue;
            }

            if (char.IsWhiteSpace(ch))
            {
                if (inWord) words.Add(word.ToString());
                word.Clear();
                inWord = false;
                continue;
            }

            if (ch == '#' && !inWord)
            {
                break;
            }

            inWord = true;
            if (ch is '"' or '\'') quote = ch;
            else word.Append(ch);
        }

        if (inWord) words.Add(word.ToString());
        return words;
    }
}
