namespace ProcurementSim.Core.Seminar;

/// <summary>One metric of two results side by side.</summary>
/// <param name="Metric">Metric name (<see cref="Metrics.MetricNames"/>).</param>
/// <param name="A">Its value in the first result.</param>
/// <param name="B">Its value in the second result.</param>
/// <param name="Difference">B − A.</param>
public sealed record MetricComparison(string Metric, double A, double B, double Difference);
