using System.Globalization;
using ProcurementSim.Analysis.Summary;
using ProcurementSim.Reporting.Charts;

namespace ProcurementSim.Reporting.Experiments;

/// <summary>
/// One colour per strategy on every chart of the page, by the strategy's place in play order, so the same scenario
/// colours its strategies the same way in every report whatever their ranks.
/// </summary>
internal sealed class StrategyColors
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public StrategyColors(ExperimentSummary summary)
    {
        foreach (var name in summary.Header.Strategies.Concat(summary.Strategies.Select(s => s.Strategy)))
        {
            _index.TryAdd(name, _index.Count);
        }
    }

    /// <summary>The strategy's colour as #rrggbb (strategies the header does not name get the next colours).</summary>
    public string Of(string strategy) =>
        PlotSettings.Colorway[(_index.TryGetValue(strategy, out var i) ? i : _index.Count) % PlotSettings.Colorway.Count];

    /// <summary>The strategy's colour with opacity <paramref name="alpha"/>, as rgba(...).</summary>
    public string Faded(string strategy, double alpha) => Rgba(Of(strategy), alpha);

    /// <summary>A #rrggbb colour with an opacity.</summary>
    public static string Rgba(string hex, double alpha)
    {
        var r = int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var g = int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var b = int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"rgba({r},{g},{b},{alpha})");
    }
}
