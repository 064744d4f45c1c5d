using System.Diagnostics;
using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Results;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;
using ProcurementSim.Reporting;

namespace ProcurementSim.Benchmarks.Distributed;

/// <summary>
/// What rendering the files of one run costs on one thread, in process: the orchestrator renders result.json,
/// timeline.csv and report.html for every run it completes (DistributedRun), so this is part of every distributed run.
/// </summary>
internal static class ReportCost
{
    public static (double JsonAndCsvMilliseconds, double HtmlMilliseconds, double HtmlMegabytes) Measure(Scenario scenario, StrategySpec strategy, int samples)
    {
        var result = Simulator.Run(scenario, strategy, scenario.Seed, RunOptions.Default);
        for (var i = 0; i < 3; i++) HtmlReport.ToBytes(result, scenario.CapabilityThreshold);
        var text = new List<double>();
        var html = new List<double>();
        var bytes = new List<double>();
        for (var i = 0; i < samples; i++)
        {
            var start = Stopwatch.GetTimestamp();
            ResultJsonWriter.ToBytes(result);
            TimelineCsvWriter.ToBytes(result);
            text.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            start = Stopwatch.GetTimestamp();
            HtmlReport.ToBytes(result, scenario.CapabilityThreshold);
            html.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            bytes.Add((GC.GetAllocatedBytesForCurrentThread() - allocated) / 1e6);
        }

        return (Stats.Median(text), Stats.Median(html), Stats.Median(bytes));
    }
}
