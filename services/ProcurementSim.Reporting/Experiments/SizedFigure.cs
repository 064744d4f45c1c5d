using ProcurementSim.Reporting.Charts;

namespace ProcurementSim.Reporting.Experiments;

/// <summary>A figure and the height its div must have (the same as its layout's).</summary>
internal sealed record SizedFigure(ChartFigure Figure, int Height);
