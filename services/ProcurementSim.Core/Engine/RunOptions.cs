namespace ProcurementSim.Core.Engine;

/// <summary>How much a run records.</summary>
/// <param name="RecordTimeline">Keep one <see cref="Metrics.TickRecord"/> per tick (off for sweeps).</param>
/// <param name="RunIndex">Index of the run in a batch; part of every random-stream key.</param>
/// <param name="RecordCapability">Keep the weekly mission capability (<see cref="Results.RunResult.CapabilitySeries"/>) even without the timeline.</param>
public sealed record RunOptions(bool RecordTimeline = true, int RunIndex = 0, bool RecordCapability = false)
{
    /// <summary>Full timeline, run 0.</summary>
    public static RunOptions Default { get; } = new();

    /// <summary>No timeline, for sweeps and benchmarks.</summary>
    public static RunOptions SummaryOnly { get; } = new(RecordTimeline: false);
}
