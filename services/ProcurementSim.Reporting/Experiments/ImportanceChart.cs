using System.Globalization;
using Plotly.NET;
using ProcurementSim.Analysis.Summary;
using ProcurementSim.Reporting.Charts;

namespace ProcurementSim.Reporting.Experiments;

/// <summary>
/// Per strategy, the inputs' first-order indices for the score and, when scenario discovery ran, for the fail
/// condition: horizontal bars, most important input for the score on top, the same scale for every strategy.
/// </summary>
internal static class ImportanceChart
{
    public const string Fail = "fail";
    private const string ScoreColor = "#0b5cad";
    private const string FailColor = "#c62828";

    public static string Id(int index) => string.Create(CultureInfo.InvariantCulture, $"exp-importance-{index}");

    /// <summary>The rankings a strategy's figure shows: the score's, then the fail condition's, when present.</summary>
    public static IReadOnlyList<ImportanceRanking> Charted(ExperimentView view, string strategy) =>
        [.. new[] { ExperimentView.Score, Fail }
            .Select(outcome => view.Summary.Importance.FirstOrDefault(r =>
                string.Equals(r.Strategy, strategy, StringComparison.Ordinal) && string.Equals(r.Outcome, outcome, StringComparison.Ordinal)))
            .OfType<ImportanceRanking>()];

    /// <summary>The largest first-order index over every charted ranking, so that every strategy's bars share a scale.</summary>
    public static double Scale(ExperimentView view) =>
        view.Summary.Importance
            .Where(r => r.Outcome is ExperimentView.Score or Fail)
            .SelectMany(r => r.Inputs)
            .Select(i => i.FirstOrder)
            .Where(double.IsFinite)
            .DefaultIfEmpty(0)
            .Max();

    public static SizedFigure Figure(IReadOnlyList<ImportanceRanking> rankings, int index, double scale)
    {
        // Inputs in the first ranking's order (it is sorted, most important first), then any the others add.
        var inputs = rankings.SelectMany(r => r.Inputs.Select(i => i.Input)).Distinct(StringComparer.Ordinal).ToArray();
        var categories = inputs.Select(PlotText.Encode).ToArray();
        var traces = rankings.Select(r => Bars(r, inputs, categories)).ToArray();

        var rowHeight = rankings.Count > 1 ? 30 : 22;
        var height = 70 + rowHeight * Math.Max(inputs.Length, 1);
        var legend = PlotObject.Of(("orientation", "h"), ("x", 0), ("y", 1.0), ("yanchor", "bottom"), ("traceorder", "normal"));
        var layout = ExperimentFigure.Layout(
            height,
            ExperimentFigure.ValueAxis("first-order index", range: (0, Math.Min(1, Math.Max(scale, 0.05) * 1.1))),
            ExperimentFigure.CategoryAxis(categories, topToBottom: true),
            margin: (Top: 30, Right: 16, Bottom: 40, Left: 12),
            legend: legend);
        layout.SetProperty("barmode", "group");
        return ExperimentFigure.Build(Id(index), height, traces, layout);
    }

    /// <summary>How the report names an importance outcome.</summary>
    public static string Label(string outcome) => outcome == Fail ? "fail condition" : outcome;

    private static Trace2D Bars(ImportanceRanking ranking, string[] inputs, string[] categories)
    {
        var byInput = ranking.Inputs.GroupBy(i => i.Input, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var values = inputs.Select(i => byInput.TryGetValue(i, out var v) ? v.FirstOrder : double.NaN);
        var hover = inputs.Select(i => byInput.TryGetValue(i, out var v)
            ? $"{PlotText.Encode(i)}: first-order {Format.Index(v.FirstOrder)}, Spearman {Format.Index(v.Spearman)}{(v.Indistinguishable ? " (indistinguishable from 0)" : "")}"
            : PlotText.Encode(i)).ToArray();
        return PlotObject.Trace(
            "bar",
            ("name", Label(ranking.Outcome)),
            ("orientation", "h"),
            ("y", categories),
            ("x", PlotObject.Finite(values)),
            ("marker", PlotObject.Of(("color", ranking.Outcome == Fail ? FailColor : ScoreColor))),
            ("hovertext", hover),
            ("hoverinfo", "text"));
    }
}
