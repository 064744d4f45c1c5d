using System.Globalization;
using ProcurementSim.Analysis.Rows;
using ProcurementSim.Analysis.Statistics;
using ProcurementSim.Core.Experiments.Conditions;
using ProcurementSim.Core.Metrics;

namespace ProcurementSim.Analysis.LeverSearch;

/// <summary>
/// A robustness objective of <c>procsim optimize</c>, computed over the states of the world a candidate setting is
/// played in (docs/MODEL.md §13.14). Written as <c>satisficing_share</c>, <c>max_regret</c>, <c>mean_regret</c> or
/// <c>STAT:OUTCOME</c>, where STAT is <c>mean</c>, <c>min</c>, <c>max</c> or <c>pNN</c> (the NN-th percentile,
/// 1 ≤ NN ≤ 99, Hyndman–Fan type 7) and OUTCOME is <c>score</c> or a metric.
/// </summary>
public sealed class RobustObjective
{
    /// <summary>The share of states in which every satisficing criterion holds (maximised).</summary>
    public const string SatisficingShare = "satisficing_share";

    /// <summary>The largest regret over the states (minimised).</summary>
    public const string MaxRegret = "max_regret";

    /// <summary>The mean regret over the states (minimised).</summary>
    public const string MeanRegret = "mean_regret";

    /// <summary>Outcomes whose larger values are better (as the score counts them, docs/MODEL.md §9); every other metric is better smaller.</summary>
    public static IReadOnlySet<string> HigherIsBetter { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Condition.Score, MetricNames.MissionCapabilityMean, MetricNames.MissionCapabilityMin, MetricNames.IncumbentTrustFinal,
    };

    /// <summary>The objectives when none are given.</summary>
    public const string Default = "satisficing_share,p10:mission_capability_mean,p90:total_cost";

    private readonly string _statistic;
    private readonly int _outcome;

    private RobustObjective(string text, string statistic, int outcome, bool maximise)
    {
        (Text, _statistic, _outcome, Maximise) = (text, statistic, outcome, maximise);
    }

    /// <summary>The objective as written (trimmed).</summary>
    public string Text { get; }

    /// <summary>True when larger is better; the search minimises the negated value.</summary>
    public bool Maximise { get; }

    /// <summary>"maximise" or "minimise".</summary>
    public string Sense => Maximise ? "maximise" : "minimise";

    /// <summary>True for the regret objectives, which need a reference in each state.</summary>
    public bool NeedsRegret => _statistic is MaxRegret or MeanRegret;

    /// <summary>Parses one objective; on failure <paramref name="error"/> is a sentence saying why.</summary>
    public static bool TryParse(string text, out RobustObjective? objective, out string error)
    {
        ArgumentNullException.ThrowIfNull(text);
        (objective, error) = (null, "");
        var t = text.Trim();
        if (t is SatisficingShare) objective = new RobustObjective(t, t, -1, maximise: true);
        else if (t is MaxRegret or MeanRegret) objective = new RobustObjective(t, t, -1, maximise: false);
        else if (t.IndexOf(':', StringComparison.Ordinal) is var colon and > 0)
        {
            var (statistic, outcome) = (t[..colon].Trim(), t[(colon + 1)..].Trim());
            if (!IsStatistic(statistic))
            {
                error = $"'{statistic}' is not a statistic; write mean, min, max or p1 to p99 (a percentile) before the colon";
                return false;
            }
            var index = IndexOf(outcome);
            if (index < 0)
            {
                error = $"'{outcome}' is not an outcome; the outcomes are score, {string.Join(", ", MetricNames.All)}";
                return false;
            }
            objective = new RobustObjective($"{statistic}:{outcome}", statistic, index, HigherIsBetter.Contains(outcome));
        }
        else
        {
            error = $"'{t}' is not an objective; write {SatisficingShare}, {MaxRegret}, {MeanRegret} or STAT:OUTCOME such as p10:mission_capability_mean";
            return false;
        }
        return true;
    }

    /// <summary>Parses a comma-separated list of 1 to 5 different objectives; on failure <paramref name="error"/> is a sentence.</summary>
    public static bool TryParseList(string text, out IReadOnlyList<RobustObjective> objectives, out string error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var list = new List<RobustObjective>();
        objectives = list;
        error = "";
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 0 or > 5)
        {
            error = $"give 1 to 5 objectives separated by commas, such as {Default}";
            return false;
        }
        foreach (var part in parts)
        {
            if (!TryParse(part, out var objective, out error)) return false;
            if (list.Any(o => o.Text == objective!.Text))
            {
                error = $"'{objective!.Text}' is listed twice";
                return false;
            }
            list.Add(objective!);
        }
        return true;
    }

    /// <summary>
    /// The objective's value over a candidate's states: <paramref name="runs"/>[state] its outcome rows,
    /// <paramref name="reference"/>[state] the best score of the reference strategies in that state (regret only).
    /// NaN when no state gives a value (a metric that applies to none of the runs).
    /// </summary>
    public double Value(IReadOnlyList<RunRow> runs, IReadOnlyList<double> reference, IReadOnlyList<Condition> satisficing)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(satisficing);
        if (runs.Count == 0) return double.NaN;
        switch (_statistic)
        {
            case SatisficingShare:
                var met = 0;
                foreach (var run in runs)
                {
                    if (satisficing.All(c => c.IsMet(name => run.Outcomes[IndexOf(name)]))) met++;
                }
                return (double)met / runs.Count;
            case MaxRegret:
                return Enumerable.Range(0, runs.Count).Max(s => Regret(reference[s], runs[s].Score));
            case MeanRegret:
                return Enumerable.Range(0, runs.Count).Sum(s => Regret(reference[s], runs[s].Score)) / runs.Count;
        }

        var values = runs.Select(r => r.Outcomes[_outcome]).Where(v => !double.IsNaN(v)).ToArray();
        if (values.Length == 0) return double.NaN;
        var sorted = Descriptive.Sorted(values);
        return _statistic switch
        {
            "mean" => values.Sum() / values.Length,
            "min" => sorted[0],
            "max" => sorted[^1],
            _ => Descriptive.Quantile(sorted, int.Parse(_statistic.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture) / 100.0),
        };
    }

    /// <summary>Savage's regret against the reference set and the candidate itself: the reference's best minus the candidate's score, never below 0.</summary>
    public static double Regret(double referenceBest, double score) => Math.Max(0, referenceBest - score);

    /// <inheritdoc/>
    public override string ToString() => Text;

    private static int IndexOf(string outcome)
    {
        for (var i = 0; i < RunRow.Names.Count; i++)
        {
            if (RunRow.Names[i] == outcome) return i;
        }
        return -1;
    }

    private static bool IsStatistic(string s) =>
        s is "mean" or "min" or "max"
        || (s.Length is 2 or 3 && s[0] == 'p' && s.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0 && s[1] != '0'
            && int.Parse(s.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture) is >= 1 and <= 99);
}
