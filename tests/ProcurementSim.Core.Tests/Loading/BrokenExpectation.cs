using System.Globalization;
using System.Text.RegularExpressions;

namespace ProcurementSim.Core.Tests.Loading;

/// <summary>One <c># expect: LINE:COL: text</c> line at the top of a broken scenario file.</summary>
internal sealed partial record BrokenExpectation(int Line, int Column, string Text)
{
    /// <summary>The expectations of a file: its leading comment lines of that form.</summary>
    public static IReadOnlyList<BrokenExpectation> Parse(IEnumerable<string> lines) =>
        [.. lines.TakeWhile(l => l.StartsWith('#'))
            .Select(l => Pattern().Match(l))
            .Where(m => m.Success)
            .Select(m => new BrokenExpectation(
                int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture),
                m.Groups[3].Value))];

    public override string ToString() => $"{Line}:{Column}: {Text}";

    [GeneratedRegex(@"^# expect: (\d+):(\d+): (.+)$")]
    private static partial Regex Pattern();
}
