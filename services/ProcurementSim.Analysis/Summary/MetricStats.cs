namespace ProcurementSim.Analysis.Summary;

/// <summary>Descriptive statistics of one metric over a strategy's runs. Quantiles are Hyndman–Fan type 7.</summary>
/// <param name="Metric">Metric name, or <c>score</c>.</param>
/// <param name="Mean">Arithmetic mean.</param>
/// <param name="StdDev">Sample standard deviation (n − 1); 0 for one run.</param>
/// <param name="Min">Smallest value.</param>
/// <param name="P10">10th percentile.</param>
/// <param name="Q1">25th percentile.</param>
/// <param name="P50">Median.</param>
/// <param name="Q3">75th percentile.</param>
/// <param name="P90">90th percentile.</param>
/// <param name="Max">Largest value.</param>
/// <param name="LowerWhisker">Smallest value at or above Q1 − 1.5 IQR (Tukey), for box plots.</param>
/// <param name="UpperWhisker">Largest value at or below Q3 + 1.5 IQR (Tukey), for box plots.</param>
public sealed record MetricStats(
    string Metric, double Mean, double StdDev, double Min, double P10, double Q1, double P50, double Q3, double P90, double Max,
    double LowerWhisker, double UpperWhisker);
