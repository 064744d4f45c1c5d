using Plotly.NET;

namespace ProcurementSim.Reporting.Charts;

/// <summary>A Plotly figure ready for the page: the div's fixed id and the figure as JSON safe inside a script.</summary>
internal sealed record ChartFigure(string Id, string FigureJson)
{
    /// <summary>The figure of a finished chart (layout and config applied), serialised by Plotly.NET and made safe for a script.</summary>
    public static ChartFigure From(string id, GenericChart chart) => new(id, ScriptJson.Escape(GenericChart.toJson(chart)));
}
