using ProcurementSim.Analysis.Summary;

namespace ProcurementSim.Reporting.Experiments;

/// <summary>The summary as the page shows it: strategies by rank, their colours, and look-ups by name.</summary>
internal sealed class ExperimentView
{
    public const string Score = "score";

    public ExperimentView(ExperimentSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        Summary = summary;
        Colors = new StrategyColors(summary);
        Ranked = [.. summary.Strategies.OrderBy(s => s.Rank).ThenBy(s => s.Strategy, StringComparer.Ordinal)];
        Outcomes = [.. summary.Strategies.SelectMany(s => s.Metrics.Select(m => m.Metric)).Distinct(StringComparer.Ordinal)];
    }

    public ExperimentSummary Summary { get; }

    public StrategyColors Colors { get; }

    /// <summary>Strategies by rank (ties by name): the order of every table and chart.</summary>
    public IReadOnlyList<StrategySummary> Ranked { get; }

    /// <summary>The outcomes with statistics: <c>score</c>, then the metrics, in the summary's order.</summary>
    public IReadOnlyList<string> Outcomes { get; }

    /// <summary>A strategy's statistics of an outcome, or null when it has none.</summary>
    public static MetricStats? Stats(StrategySummary strategy, string outcome) =>
        strategy.Metrics.FirstOrDefault(m => string.Equals(m.Metric, outcome, StringComparison.Ordinal));

    /// <summary>The sampled input named <paramref name="name"/>, or null.</summary>
    public InputColumn? Input(string name) =>
        Summary.Header.Inputs.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.Ordinal));
}
