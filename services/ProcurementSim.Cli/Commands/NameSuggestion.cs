namespace ProcurementSim.Cli.Commands;

/// <summary>Finds the name a user probably meant: a small edit distance or a prefix, ignoring case.</summary>
internal static class NameSuggestion
{
    private const int MaxDistance = 2;
    private const int MinPrefix = 3;

    /// <summary>The closest candidate, or null when none is close.</summary>
    public static string? Closest(string given, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestScore = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(given.ToLowerInvariant(), candidate.ToLowerInvariant());
            var score = distance <= MaxDistance && distance < given.Length ? distance
                : given.Length >= MinPrefix && candidate.StartsWith(given, StringComparison.OrdinalIgnoreCase) ? MaxDistance + 1
                : int.MaxValue;
            if (score < bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }

        return best;
    }

    /// <summary>Levenshtein distance with adjacent swaps counted as one edit.</summary>
    internal static int Distance(string a, string b)
    {
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
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
