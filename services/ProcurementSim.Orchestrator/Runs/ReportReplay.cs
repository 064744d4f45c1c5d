using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;
using ProcurementSim.Reporting;

namespace ProcurementSim.Orchestrator.Runs;

/// <summary>
/// report.html of a finished run. It is not stored (3.6 MB a run) nor kept: the embedded engine replays the run when it
/// is asked for (about 100 ms of CPU), which gives the distributed result byte for byte (the project's invariant,
/// checked by the integration tests).
/// </summary>
public static class ReportReplay
{
    /// <summary>The report of the run of <paramref name="scenario"/>, <paramref name="strategy"/> and <paramref name="seed"/>.</summary>
    public static byte[] Render(Scenario scenario, StrategySpec strategy, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return HtmlReport.ToBytes(Simulator.Run(scenario, strategy, seed, RunOptions.Default), scenario.CapabilityThreshold);
    }

    /// <summary>The report, rendered when first read.</summary>
    public static Lazy<byte[]> Lazily(Scenario scenario, StrategySpec strategy, ulong seed) => new(() => Render(scenario, strategy, seed));

    /// <summary>A report that cannot be rendered: reading it throws, naming the run.</summary>
    public static Lazy<byte[]> Unavailable(string runId) =>
        new(() => throw new InvalidOperationException($"report.html of run {runId} cannot be rendered: its scenario no longer loads."));
}
