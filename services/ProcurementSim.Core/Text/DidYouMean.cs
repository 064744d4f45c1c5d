using ProcurementSim.Core.Loading;

namespace ProcurementSim.Core.Text;

/// <summary>Suggests the intended word for a misspelt key, name or keyword (the scenario loader's messages and procsim's alike).</summary>
public static class DidYouMean
{
    private const int MaxDistance = 2;
    private const int MinPrefix = 3;
    private const int MaxListed = 16;

    /// <summary>The closest candidate (case-insensitive edit distance ≤ 2, or the given text is a prefix of it), or null.</summary>
    public static string? Closest(string given, IEnumerable<string> candidates)
    {
        var g = given.ToLowerInvariant();
        string? best = null;
        var bestScore = int.MaxValue;
        foreach (var c in candidates)
        {
            var d = Distance(g, c.ToLowerInvariant());
            // A prefix ("cap" for "capacity") counts as a close match, just behind real typos.
            var score = d <= MaxDistance && d < g.Length ? d
                : g.Length >= MinPrefix && c.StartsWith(g, StringComparison.OrdinalIgnoreCase) ? MaxDistance + 1
                : int.MaxValue;
            if (score < bestScore)
            {
                (best, bestScore) = (c, score);
            }
        }
        return best;
    }

    /// <summary>"; did you mean 'x'?" or, with no close match, "; expected one of a, b, c" (what names the candidates: "one of", "the vendors are").</summary>
    public static string Suffix(string given, IReadOnlyCollection<string> candidates, string listIntro = "expected one of")
    {
        if (candidates.Count == 0) return "";
        var close = Closest(given, candidates);
        return close is not null ? $"; did you mean '{close}'?" : $"; {listIntro} {List(candidates)}";
    }

    /// <summary>A comma-separated list, shortened when long.</summary>
    public static string List(IReadOnlyCollection<string> words) =>
        words.Count <= MaxListed ? string.Join(", ", words) : string.Join(", ", words.Take(MaxListed)) + ", ...";

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    internal static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > MaxDistance) return int.MaxValue;
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
