using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;

namespace ProcurementSim.Benchmarks;

/// <summary>
/// Adds Median and Op/s columns (one operation is one run, so Op/s is runs/s = 1 / mean) to the default columns,
/// and shows strategy names whole.
/// </summary>
public sealed class BenchConfig : ManualConfig
{
    /// <summary>The extra columns and the summary style.</summary>
    public BenchConfig()
    {
        AddColumn(StatisticColumn.Median, StatisticColumn.OperationsPerSecond);
        SummaryStyle = SummaryStyle.Default.WithMaxParameterColumnWidth(32);
    }
}
