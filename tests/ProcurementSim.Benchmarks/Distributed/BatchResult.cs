namespace ProcurementSim.Benchmarks.Distributed;

/// <summary>One timed batch: runs played with a number in flight, and what they cost.</summary>
/// <param name="RunsPerSecond">Runs completed ÷ wall-clock time of the batch.</param>
/// <param name="MedianRunMilliseconds">Median time of one run, StartRun to GetResult.</param>
/// <param name="Calls">gRPC calls the services received, by method.</param>
/// <param name="Published">Bus messages the services published, by type.</param>
/// <param name="Consumed">Bus messages the services consumed, by type.</param>
/// <param name="TicksWithEvents">Ticks (summed over the runs) whose event barrier had to wait for the bus.</param>
/// <param name="CpuMillisecondsPerRun">CPU time this process (the four services and the client) spent per run; the broker is another process.</param>
/// <param name="BrokerCpuMillisecondsPerRun">CPU time the broker's process spent per run (NaN when the broker is not the harness's own node).</param>
/// <param name="AllocatedMegabytesPerRun">Managed memory this process allocated per run (all threads).</param>
/// <param name="GcsPerRun">Garbage collections per run: gen0, gen1, gen2 (each count includes the older ones').</param>
/// <param name="Mismatches">Runs whose result.json or timeline.csv differ from the embedded run's (must be 0).</param>
internal sealed record BatchResult(
    double RunsPerSecond,
    double MedianRunMilliseconds,
    IReadOnlyDictionary<string, long> Calls,
    IReadOnlyDictionary<string, long> Published,
    IReadOnlyDictionary<string, long> Consumed,
    int TicksWithEvents,
    double CpuMillisecondsPerRun,
    double BrokerCpuMillisecondsPerRun,
    double AllocatedMegabytesPerRun,
    (double Gen0, double Gen1, double Gen2) GcsPerRun,
    int Mismatches);
