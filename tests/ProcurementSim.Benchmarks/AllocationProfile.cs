using System.Diagnostics.Tracing;
using System.Globalization;
using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Benchmarks;

/// <summary>
/// <c>--quick --allocs</c>: which types a run allocates, from the runtime's sampled GCAllocationTick events (one event
/// per ~100 KB allocated, naming the type that crossed the threshold), so the shares are estimates that firm up with
/// more runs. For finding allocation hot spots, not for figures.
/// </summary>
internal sealed class AllocationProfile : EventListener
{
    private const string RuntimeProvider = "Microsoft-Windows-DotNETRuntime";
    private const long GcKeyword = 0x1;
    private readonly Dictionary<string, (int Samples, long Bytes)> _byType = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == RuntimeProvider) EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null) return;
        var names = eventData.PayloadNames;
        if (names is null) return;
        var type = names.IndexOf("TypeName") is var t and >= 0 ? eventData.Payload[t] as string ?? "?" : "?";
        var amount = names.IndexOf("AllocationAmount64") is var a and >= 0
            ? Convert.ToInt64(eventData.Payload[a], CultureInfo.InvariantCulture)
            : names.IndexOf("AllocationAmount") is var b and >= 0 ? Convert.ToInt64(eventData.Payload[b], CultureInfo.InvariantCulture) : 0;
        lock (_gate)
        {
            var (samples, bytes) = _byType.GetValueOrDefault(type);
            _byType[type] = (samples + 1, bytes + amount);
        }
    }

    /// <summary>Prints the sampled shares by type of <paramref name="bytes"/> allocated in <paramref name="runs"/> runs, the 25 largest.</summary>
    public void PrintShares(long bytes, int runs, string label)
    {
        List<KeyValuePair<string, (int Samples, long Bytes)>> rows;
        lock (_gate) rows = [.. _byType.OrderByDescending(kv => kv.Value.Samples)];
        var total = rows.Sum(r => r.Value.Samples);
        var perRun = bytes / (double)Math.Max(1, runs);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"allocations, {label}: {perRun / 1024:N1} KiB/run over {runs} runs; {total} samples (one per ~100 KB), share by type:"));
        foreach (var (type, (samples, _)) in rows.Take(25))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {100.0 * samples / Math.Max(1, total),5:N1}%  ~{perRun * samples / Math.Max(1, total),7:N0} B/run  {type}"));
        }
        Console.WriteLine();
    }

    /// <summary>Runs <paramref name="runs"/> runs of <paramref name="strategy"/> and prints the sampled allocation shares.</summary>
    public static void Print(Scenario scenario, StrategySpec strategy, RunOptions options, int runs, string label)
    {
        for (var i = 0; i < 200; i++) Simulator.Run(scenario, strategy, Seeds.At(scenario, i), options);
        using var listener = new AllocationProfile();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < runs; i++) Simulator.Run(scenario, strategy, Seeds.At(scenario, i), options);
        var perRun = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)runs;
        List<KeyValuePair<string, (int Samples, long Bytes)>> rows;
        lock (listener._gate) rows = [.. listener._byType.OrderByDescending(kv => kv.Value.Samples)];
        var total = rows.Sum(r => r.Value.Samples);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"allocations, {label}: {perRun / 1024:N1} KiB/run over {runs} runs; {total} samples (one per ~100 KB), share by type:"));
        foreach (var (type, (samples, _)) in rows.Take(25))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {100.0 * samples / Math.Max(1, total),5:N1}%  ~{perRun * samples / Math.Max(1, total),7:N0} B/run  {type}"));
        }
        Console.WriteLine();
    }
}
