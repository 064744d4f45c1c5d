using System.Globalization;
using System.Text;

namespace ProcurementSim.Cli.Tests.Hostile;

/// <summary>
/// The part of the corpus aimed at the loader's limits (docs/SCENARIO-FORMAT.md, "Limits"): alias bombs and
/// recursive anchors, nesting deeper than 64, files over 1 MiB (up to 20 MB), invalid UTF-8, too many actors,
/// and syntax a YAML parser must refuse.
/// </summary>
internal static class HostileBombs
{
    public const string AliasBomb = "alias-bomb";
    public const string DeepNesting = "deep-nesting";
    public const string Oversized = "oversized";
    public const string InvalidUtf8 = "invalid-utf8";
    public const string TooManyActors = "too-many-actors";
    public const string Syntax = "syntax";

    /// <summary>The name of the 20 MB file (also run in a child process).</summary>
    public const string TwentyMegabytes = "twenty-megabytes.yaml";

    private const string TooLarge = "larger than 1 MiB";

    public static IEnumerable<HostileFile> Generate(string baseText, SplitMix random) =>
        AliasBombs(baseText)
            .Concat(DeepNestings(baseText))
            .Concat(OversizedFiles(baseText))
            .Concat(InvalidUtf8Files(baseText, random))
            .Concat(TooManyActorFiles(baseText))
            .Concat(SyntaxErrors(baseText));

    private static HostileFile Text(string category, string name, string text, int? line, string reason) =>
        new(category, name, Encoding.UTF8.GetBytes(text), line, reason);

    private static int LineCount(string text) => text.Count(c => c == '\n') + 1;

    // "Billion laughs": level k is a list of `fan` aliases of level k-1. At most 100 aliases and 10,000 expanded nodes.
    private static IEnumerable<HostileFile> AliasBombs(string baseText)
    {
        foreach (var (fan, levels) in new[] { (10, 5), (10, 9), (9, 9), (5, 7), (5, 12), (4, 8), (3, 10), (2, 16), (2, 30), (20, 4), (50, 3), (99, 2) })
        {
            var bomb = new StringBuilder("\nbomb:\n  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
            for (var k = 1; k <= levels; k++)
            {
                bomb.Append(CultureInfo.InvariantCulture, $"  l{k}: &l{k} [").AppendJoin(", ", Enumerable.Repeat($"*l{k - 1}", fan)).Append("]\n");
            }

            yield return Text(AliasBomb, $"laughs-{fan}x{levels}.yaml", baseText.TrimEnd('\n') + bomb, null, "aliases are limited to guard against alias bombs");
        }

        // More than 100 aliases of one small anchor.
        foreach (var count in new[] { 101, 150, 1_000, 20_000 })
        {
            var text = baseText.TrimEnd('\n') + "\nanchor: &s 1\nmany: [" + string.Join(", ", Enumerable.Repeat("*s", count)) + "]\n";
            yield return Text(AliasBomb, $"aliases-{count}.yaml", text, LineCount(baseText.TrimEnd('\n')) + 2, "too many aliases");
        }

        // Recursive anchors: an alias to the node being defined is not yet defined.
        string[] recursive =
        [
            "loop: &a [*a]", "loop: &a {self: *a}", "loop: &a [1, [2, *a]]", "loop: &a\n  inner: &b [*a, *b]", "loop: &a {<<: *a}",
            "loop: *nowhere",
        ];
        for (var r = 0; r < recursive.Length; r++)
        {
            yield return Text(AliasBomb, $"recursive-{r}.yaml", baseText.TrimEnd('\n') + "\n" + recursive[r] + "\n", null, "unknown alias");
        }

        // A bomb hidden where a value belongs: the merge key of a vendor.
        var merged = baseText.Replace("  - name: replacement_a\n", "  - name: replacement_a\n    <<: *missing_anchor\n", StringComparison.Ordinal);
        yield return Text(AliasBomb, "merge-unknown-anchor.yaml", merged, null, "unknown alias");
    }

    // Deeper than 64 levels, in flow and in block style.
    private static IEnumerable<HostileFile> DeepNestings(string baseText)
    {
        foreach (var depth in new[] { 65, 100, 1_000, 100_000 })
        {
            var text = baseText.TrimEnd('\n') + "\ndeep: " + new string('[', depth) + new string(']', depth) + "\n";
            yield return Text(DeepNesting, $"flow-lists-{depth}.yaml", text, null, "nesting deeper than 64 levels");
        }

        foreach (var depth in new[] { 65, 300 })
        {
            var block = new StringBuilder("\ndeep:\n");
            for (var d = 1; d <= depth; d++)
            {
                block.Append(' ', 2 * d).Append(CultureInfo.InvariantCulture, $"k{d}:\n");
            }

            block.Append(' ', 2 * (depth + 1)).Append("end: 1\n");
            yield return Text(DeepNesting, $"block-mappings-{depth}.yaml", baseText.TrimEnd('\n') + block, null, "nesting deeper than 64 levels");
        }

        var flowMaps = baseText.TrimEnd('\n') + "\ndeep: " + string.Concat(Enumerable.Repeat("{a: ", 200)) + "1" + new string('}', 200) + "\n";
        yield return Text(DeepNesting, "flow-mappings-200.yaml", flowMaps, null, "nesting deeper than 64 levels");
    }

    // Over 1 MiB: refused before parsing, at 1:1, whatever the content.
    private static IEnumerable<HostileFile> OversizedFiles(string baseText)
    {
        foreach (var (name, size) in new[] { ("one-byte-over.yaml", (1 << 20) + 1), ("two-mebibytes.yaml", 2 << 20), (TwentyMegabytes, 20_000_000) })
        {
            var bytes = new byte[size];
            var head = Encoding.UTF8.GetBytes(baseText.TrimEnd('\n') + "\n# padding\n");
            head.CopyTo(bytes, 0);
            for (var i = head.Length; i < size; i++)
            {
                bytes[i] = (i % 80) == 79 ? (byte)'\n' : (byte)'#';
            }

            yield return new HostileFile(Oversized, name, bytes, 1, TooLarge, FileLevel: true);
        }

        var longScalar = baseText.Replace("name: teaching-minimal", "name: " + new string('x', 1_500_000), StringComparison.Ordinal);
        yield return Text(Oversized, "one-long-name.yaml", longScalar, 1, TooLarge);
    }

    // Byte sequences that are not UTF-8, at seeded positions (at a line start, so no multi-byte character is split).
    private static IEnumerable<HostileFile> InvalidUtf8Files(string baseText, SplitMix random)
    {
        byte[][] sequences =
        [
            [0xFF], [0xFE, 0xFF], [0x80], [0xC0, 0x80], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80],
            [0xEF, 0xBF],
        ];
        var bytes = Encoding.UTF8.GetBytes(baseText);
        var lineStarts = Enumerable.Range(0, bytes.Length).Where(i => i == 0 || bytes[i - 1] == (byte)'\n').ToArray();
        for (var s = 0; s < sequences.Length; s++)
        {
            for (var copy = 0; copy < 4; copy++)
            {
                var at = copy == 3 ? bytes.Length : lineStarts[random.Below(lineStarts.Length)];
                var content = bytes.Take(at).Concat(sequences[s]).Concat(bytes.Skip(at)).ToArray();
                yield return new HostileFile(InvalidUtf8, $"bytes-{s}-{copy}-at-{at}.yaml", content, 1, "not valid UTF-8", FileLevel: true);
            }
        }
    }

    // Limits on actors and lists: 64 categories, 64 vendors, 64 strategies, 1,000 injects.
    private static IEnumerable<HostileFile> TooManyActorFiles(string baseText)
    {
        foreach (var count in new[] { 65, 1_000 })
        {
            var vendors = string.Concat(Enumerable.Range(0, count).Select(i => $"  - {{name: v{i}, role: replacement, quality: 0.5, capacity: 1, price: 1}}\n"));
            var text = baseText.Replace("vendors:\n", "vendors:\n" + vendors, StringComparison.Ordinal);
            yield return Text(TooManyActors, $"vendors-{count + 2}.yaml", text, null, $"at most 64 vendors are allowed, got {count + 2}");

            var categories = string.Concat(Enumerable.Range(0, count).Select(i => $"  - {{name: c{i}, demand: 1}}\n"));
            text = baseText.Replace("categories:\n", "categories:\n" + categories, StringComparison.Ordinal);
            yield return Text(TooManyActors, $"categories-{count + 1}.yaml", text, null, $"at most 64 categories are allowed, got {count + 1}");

            var strategies = string.Concat(Enumerable.Range(0, count).Select(i => $"  - {{name: s{i}, kind: status_quo}}\n"));
            text = baseText.Replace("strategies:\n", "strategies:\n" + strategies, StringComparison.Ordinal);
            yield return Text(TooManyActors, $"strategies-{count + 2}.yaml", text, null, $"at most 64 strategies are allowed, got {count + 2}");
        }

        var injects = "injects:\n" + string.Concat(Enumerable.Range(0, 1_001).Select(_ => "  - {kind: budget_cut, at: 1, magnitude: 0.1, weeks: 1}\n"));
        yield return Text(TooManyActors, "injects-1001.yaml", baseText.TrimEnd('\n') + "\n" + injects, null, "at most 1000 injects are allowed, got 1001");
    }

    private static IEnumerable<HostileFile> SyntaxErrors(string baseText)
    {
        (string Name, string Text)[] cases =
        [
            ("unclosed-double-quote.yaml", baseText.Replace("name: teaching-minimal", "name: \"teaching-minimal", StringComparison.Ordinal)),
            ("unclosed-single-quote.yaml", baseText.Replace("seed: 1", "seed: '1", StringComparison.Ordinal)),
            ("unclosed-flow-list.yaml", baseText.Replace("[all_lawful_uses]", "[all_lawful_uses", StringComparison.Ordinal)),
            ("unclosed-flow-mapping.yaml", baseText.Replace("{battlefield_operations: 1}", "{battlefield_operations: 1", StringComparison.Ordinal)),
            ("stray-bracket.yaml", baseText.Replace("ticks: 12", "ticks: 12]", StringComparison.Ordinal)),
            ("tab-indent.yaml", baseText.Replace("    demand: 100", "\tdemand: 100", StringComparison.Ordinal)),
            ("bad-indent.yaml", baseText.Replace("    demand: 100", "      demand: 100", StringComparison.Ordinal)),
            ("two-documents.yaml", baseText + "\n---\nname: again\n"),
            ("empty.yaml", ""),
            ("only-comments.yaml", "# nothing here\n# at all\n"),
            ("top-level-scalar.yaml", "just words\n"),
            ("top-level-list.yaml", "- name: x\n- ticks: 1\n"),
            ("nul-character.yaml", baseText.Replace("ticks: 12", "ticks: 1\02", StringComparison.Ordinal)),
            ("anchor-without-node.yaml", baseText.TrimEnd('\n') + "\nloose: &\n"),
            ("directive-mid-file.yaml", baseText.TrimEnd('\n') + "\n%YAML 1.2\n"),
            ("mapping-key-list.yaml", baseText.TrimEnd('\n') + "\n[a, b]: 1\n"),
        ];
        return cases.Select(c => Text(Syntax, c.Name, c.Text, null, ""));
    }
}
