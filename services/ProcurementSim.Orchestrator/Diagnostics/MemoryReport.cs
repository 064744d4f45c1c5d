namespace ProcurementSim.Orchestrator.Diagnostics;

/// <summary>
/// The orchestrator's memory, measured right after a full blocking compacting collection
/// (<see cref="MemoryDiagnostics.Measure"/>), split by who holds it, and the sizes of what it keeps per run.
/// </summary>
/// <param name="ManagedHeapBytes">Live managed objects after the collection (GC heap size less its free space).</param>
/// <param name="GcCommittedBytes">Memory the GC has committed from the OS (its heaps, free space included).</param>
/// <param name="GcFragmentedBytes">Free space inside the GC heaps after the collection.</param>
/// <param name="SqliteBytes">Memory SQLite holds (its page cache, statements, schema): <c>sqlite3_memory_used</c>.</param>
/// <param name="SqliteHighwaterBytes">The most SQLite held at once since the process started.</param>
/// <param name="NativeInUseBytes">glibc malloc's bytes in use (<c>mallinfo2</c> uordblks + hblkhd; SQLite's included), or -1 elsewhere.</param>
/// <param name="NativeFreeBytes">glibc malloc's free bytes still held from the OS (allocator slack: fordblks), or -1 elsewhere.</param>
/// <param name="ResidentBytes">The process's resident set (VmRSS).</param>
/// <param name="RetainedRuns">Runs the store keeps in memory (in play and the newest finished ones).</param>
/// <param name="PlayingRuns">Runs the launcher tracks as started and not yet cleaned up.</param>
/// <param name="BufferedRuns">Runs whose bus events the event buffer keeps (the runs in play).</param>
/// <param name="BufferedSlots">(run, tick, actor) slots the event buffer holds.</param>
/// <param name="Threads">The process's threads (the runtime's own native memory grows with them).</param>
/// <param name="JittedMethods">Methods the JIT has compiled (tiering and dynamic methods add to the runtime's native memory).</param>
/// <param name="PinnedObjects">Objects pinned during the collection (sockets' buffers, mostly).</param>
public sealed record MemoryReport(
    long ManagedHeapBytes, long GcCommittedBytes, long GcFragmentedBytes, long SqliteBytes, long SqliteHighwaterBytes,
    long NativeInUseBytes, long NativeFreeBytes, long ResidentBytes, int RetainedRuns, int PlayingRuns, int BufferedRuns, int BufferedSlots,
    int Threads, long JittedMethods, long PinnedObjects);
