namespace ProcurementSim.ActorHost;

/// <summary>Settings of the actor host, bound from the <c>ProcSim</c> section (e.g. <c>ProcSim:InboxTimeoutSeconds</c>).</summary>
public sealed class ActorHostOptions
{
    /// <summary>
    /// How long AdvanceTick waits for the messages the orchestrator announced before it answers FAILED_PRECONDITION.
    /// In the protocol every message of tick t−1 is acknowledged before tick t starts, so the wait is normally nil.
    /// </summary>
    public double InboxTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// Batch runs this replica hosts at once: its prefetch and concurrency on the placement queue, so the broker
    /// hands it no more placement claims than this until one of its runs ends.
    /// </summary>
    public int RunCapacity { get; set; } = 16;

    /// <summary>
    /// The gRPC address the orchestrator and the other services reach this replica at (http://host:port), given in
    /// placement answers. Empty = the address it listens on (<c>ProcSim:BindAddress</c> and <c>ProcSim:GrpcPort</c>);
    /// give it when that is not how others reach it (a container, a wildcard bind address).
    /// </summary>
    public string AdvertisedAddress { get; set; } = string.Empty;

    /// <summary>A placement claim taken but whose run is not initialised here within this time is let go (the orchestrator gave up).</summary>
    public double ClaimInitTimeoutSeconds { get; set; } = 60;

    /// <summary>
    /// The same for a claim the broker delivers again (the connection it was first delivered on dropped: the broker or
    /// a replica failed): its orchestrator, whose own connection dropped too, has most likely placed the run afresh under
    /// a new id, so the claim is let go sooner unless its run is initialised here. At most <see cref="ClaimInitTimeoutSeconds"/>.
    /// </summary>
    public double ClaimRedeliveredInitTimeoutSeconds { get; set; } = 10;

    /// <summary>A run that plays no tick for this long is dropped and its claim let go (its orchestrator is gone).</summary>
    public double ClaimIdleTimeoutSeconds { get; set; } = 300;

    /// <summary>
    /// Runs this replica holds at once, however they came (batch placement or a direct InitRun): an InitRun of a new
    /// run beyond it is refused RESOURCE_EXHAUSTED, so a caller cannot fill the service's memory. At least
    /// <see cref="RunCapacity"/>; a run holds tens of kilobytes.
    /// </summary>
    public int MaxRuns { get; set; } = 1_000;

    /// <summary>
    /// A run nobody has asked about for this long (no InitRun, tick, delivery or probe naming it) is forgotten: its
    /// caller is gone without EndRun. Longer than any wait of a run in play (the orchestrator's recovery waits included).
    /// </summary>
    public double RunIdleTimeoutSeconds { get; set; } = 600;
}
