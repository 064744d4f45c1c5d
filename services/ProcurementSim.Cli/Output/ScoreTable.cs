using ProcurementSim.Core.Metrics;
using ProcurementSim.Core.Results;
using ProcurementSim.Reporting.Text;
using Spectre.Console;

namespace ProcurementSim.Cli.Output;

/// <summary>How the composite score was made: one row per weighted metric, points summing to the score.</summary>
internal static class ScoreTable
{
    public static Table Build(RunResult result)
    {
        var table = new Table().Border(TableBorder.Rounded).ShowFooters()
            .AddColumn(new TableColumn("Metric").NoWrap().Footer("Score"))
            .AddColumn(new TableColumn("Value").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Utility").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Delivery").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Weight").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Points").RightAligned().NoWrap().Footer(new Text(Numbers.OneDecimal(result.Score))));
        foreach (var c in result.Breakdown.Where(c => c.Weight > 0 || !c.Applicable))
        {
            table.AddRow(
                new Text(MetricDisplay.Label(c.Metric)),
                new Text(MetricDisplay.Value(c.Metric, result.Metrics)),
                new Text(c.Utility is { } u ? Numbers.Index(u) : MetricDisplay.NotApplicable),
                new Text(Numbers.Index(c.DeliveryFactor)),
                new Text(c.Applicable ? Numbers.Percent(c.Weight) : MetricDisplay.NotApplicable),
                new Text(Numbers.OneDecimal(c.Points)));
        }

        return table;
    }

    /// <summary>The applicable metrics this scenario gives no weight, by readable name, in canonical order.</summary>
    public static IReadOnlyList<string> Unweighted(RunResult result) =>
        [.. MetricNames.All.Where(n => result.Breakdown.Any(c => c.Metric == n && c.Applicable && c.Weight == 0)).Select(MetricDisplay.Label)];
}
