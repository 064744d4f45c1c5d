using System.Globalization;
using ProcurementSim.Reporting.Charts;

namespace ProcurementSim.Reporting.Experiments;

/// <summary>The page's figures in page order: placing one writes its div and keeps the figure for the script at the end.</summary>
internal sealed class FigureSet
{
    private readonly List<ChartFigure> _figures = [];

    public IReadOnlyList<ChartFigure> Figures => _figures;

    /// <summary>The div for <paramref name="sized"/>, as high as the figure's layout.</summary>
    public string Place(SizedFigure sized)
    {
        var (figure, height) = sized;
        if (_figures.Exists(f => f.Id == figure.Id))
        {
            throw new InvalidOperationException($"Two figures have the id '{figure.Id}'.");
        }

        _figures.Add(figure);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"<div id=\"{figure.Id}\" class=\"chart xchart\" style=\"height:{height}px\"></div>\n");
    }
}
