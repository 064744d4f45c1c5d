namespace ProcurementSim.Reporting.Charts;

/// <summary>A Plotly figure ready for the page: the div's fixed id and the figure as JSON safe inside a script.</summary>
internal sealed record ChartFigure(string Id, string FigureJson);
