using System.Globalization;
using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace ProcurementSim.Reporting.Charts;

/// <summary>
/// Key events on a chart's time axis: a dotted vertical line per week with key events, and at its top a label with the
/// events' numbers (as in the page's key-event list) whose hover text gives week, actor and detail.
/// </summary>
internal sealed class KeyEventMarkers(IReadOnlyList<KeyEvent> keyEvents)
{
    private const string MarkerGrey = "#7b8794";
    private const int HoverWidth = 70;

    private readonly IReadOnlyList<IGrouping<int, KeyEvent>> _byWeek =
        [.. keyEvents.GroupBy(k => k.Event.Tick).OrderBy(g => g.Key)];

    /// <summary>Vertical lines across the whole plot height (y in paper coordinates).</summary>
    public IEnumerable<Shape> Lines()
    {
        foreach (var week in _byWeek)
        {
            var line = new Line();
            line.SetProperty("color", MarkerGrey);
            line.SetProperty("width", 1);
            line.SetProperty("dash", "dot");

            var shape = new Shape();
            shape.SetProperty("type", "line");
            // Above the traces and the grid: a marker on a gridline week, or inside a filled area, stays visible.
            shape.SetProperty("layer", "above");
            shape.SetProperty("xref", "x");
            shape.SetProperty("yref", "paper");
            shape.SetProperty("x0", week.Key);
            shape.SetProperty("x1", week.Key);
            shape.SetProperty("y0", 0);
            shape.SetProperty("y1", 1);
            shape.SetProperty("line", line);
            yield return shape;
        }
    }

    /// <summary>Numbered labels at the top of the lines, with the events as hover text.</summary>
    public IEnumerable<Annotation> Labels()
    {
        foreach (var week in _byWeek)
        {
            var numbers = string.Join(",", week.Select(k => k.Number.ToString(CultureInfo.InvariantCulture)));
            var hover = string.Join("<br>", week.Select(k =>
                $"<b>{k.Number}. week {k.Event.Tick.ToString(CultureInfo.InvariantCulture)}, {PlotText.Encode(k.Event.Actor)}</b><br>"
                + PlotText.Wrap(k.Event.Detail, HoverWidth)));

            var font = new Font();
            font.SetProperty("size", 11);
            font.SetProperty("color", MarkerGrey);

            var label = new Annotation();
            label.SetProperty("x", week.Key);
            label.SetProperty("xref", "x");
            label.SetProperty("y", 1);
            label.SetProperty("yref", "paper");
            label.SetProperty("yanchor", "bottom");
            label.SetProperty("showarrow", false);
            label.SetProperty("text", "▼" + numbers);
            label.SetProperty("hovertext", hover);
            label.SetProperty("font", font);
            yield return label;
        }
    }
}
