using System.Globalization;
using Plotly.NET;
using ProcurementSim.Reporting.Charts;

namespace ProcurementSim.Reporting.Experiments;

/// <summary>Small multiples: one figure per outcome (score, then each metric), one box per strategy, best rank on top.</summary>
internal static class BoxPlots
{
    private const int RowHeight = 26;
    private const int Margins = 58;

    public static string Id(int outcome) => string.Create(CultureInfo.InvariantCulture, $"exp-box-{outcome}");

    /// <summary>The figure of outcome <paramref name="outcome"/> (an index into <see cref="ExperimentView.Outcomes"/>).</summary>
    public static SizedFigure Figure(ExperimentView view, int outcome)
    {
        var metric = view.Outcomes[outcome];
        var names = new List<string>();
        var traces = new List<Trace>();
        foreach (var strategy in view.Ranked)
        {
            if (ExperimentView.Stats(strategy, metric) is not { } stats)
            {
                continue;
            }

            var name = PlotText.Encode(strategy.Strategy);
            names.Add(name);
            traces.Add(BoxTrace.Of(name, stats, view.Colors.Of(strategy.Strategy), view.Colors.Faded(strategy.Strategy, 0.35)));
        }

        var height = Margins + RowHeight * Math.Max(names.Count, 1);
        var layout = ExperimentFigure.Layout(
            height,
            ExperimentFigure.ValueAxis(title: null),
            ExperimentFigure.CategoryAxis(names, topToBottom: true),
            margin: (Top: 8, Right: 16, Bottom: 30, Left: 8));
        return ExperimentFigure.Build(Id(outcome), height, traces, layout);
    }
}
