using System.Globalization;
using System.Net;
using ProcurementSim.Orchestrator.Events;
using ProcurementSim.Orchestrator.Runs;

namespace ProcurementSim.Orchestrator.Diagnostics;

/// <summary>
/// <c>GET /diagnostics/memory</c>, mapped only with <c>Orchestrator:MemoryDiagnostics=true</c> and answered only to
/// loopback callers: a full blocking, compacting collection, then a <see cref="MemoryReport"/> as JSON. It exists so a
/// soak test or a probe can tell a leak (live managed objects, SQLite's memory, native allocations growing with the
/// runs played) from a heap that merely has not been collected yet or an allocator that keeps freed pages — the
/// resident set alone cannot. A forced collection pauses the process, hence off by default.
/// </summary>
public static class MemoryDiagnostics
{
    /// <summary>The endpoint's path.</summary>
    public const string Path = "/diagnostics/memory";

    /// <summary>Maps the endpoint when <see cref="OrchestratorOptions.MemoryDiagnostics"/> is on.</summary>
    public static WebApplication MapMemoryDiagnostics(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<OrchestratorOptions>>().Value.MemoryDiagnostics)
        {
            return app;
        }

        app.MapGet(Path, (HttpContext context, RunStore store, RunLauncher launcher, RunEventBuffer events) =>
            context.Connection.RemoteIpAddress is { } caller && IPAddress.IsLoopback(caller)
                ? Results.Json(Measure(store, events, launcher.Playing))
                : Results.StatusCode(StatusCodes.Status403Forbidden));
        return app;
    }

    /// <summary>Collects fully (twice, so that objects freed by finalizers go too), then measures.</summary>
    public static MemoryReport Measure(RunStore store, RunEventBuffer events, int playingRuns)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(events);
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var gc = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        var (nativeInUse, nativeFree) = NativeHeap.Read();
        return new MemoryReport(
            ManagedHeapBytes: gc.HeapSizeBytes - gc.FragmentedBytes,
            GcCommittedBytes: gc.TotalCommittedBytes,
            GcFragmentedBytes: gc.FragmentedBytes,
            SqliteBytes: SQLitePCL.raw.sqlite3_memory_used(),
            SqliteHighwaterBytes: SQLitePCL.raw.sqlite3_memory_highwater(0),
            NativeInUseBytes: nativeInUse,
            NativeFreeBytes: nativeFree,
            ResidentBytes: ResidentBytes(),
            RetainedRuns: store.Count,
            PlayingRuns: playingRuns,
            BufferedRuns: events.OpenRuns,
            BufferedSlots: events.Slots,
            Threads: ProcessThreads(),
            JittedMethods: System.Runtime.JitInfo.GetCompiledMethodCount(),
            PinnedObjects: gc.PinnedObjectsCount);
    }

    private static int ProcessThreads()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.Threads.Count;
    }

    // VmRSS from /proc/self/status; Environment.WorkingSet elsewhere.
    private static long ResidentBytes()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return Environment.WorkingSet;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null
            ? Environment.WorkingSet
            : long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }
}
