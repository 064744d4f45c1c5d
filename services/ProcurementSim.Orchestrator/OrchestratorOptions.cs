namespace ProcurementSim.Orchestrator;

/// <summary>The orchestrator's settings (configuration section <c>Orchestrator</c>).</summary>
public sealed class OrchestratorOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Orchestrator";

    /// <summary>The orchestrator's default request size limit (ProcSim:MaxReceiveMessageBytes): a 1 MiB scenario and 64 KiB for the other fields.</summary>
    public const int DefaultMaxReceiveMessageBytes = (1024 + 64) * 1024;

    /// <summary>Longest <c>scenario_file</c> name accepted (it is repeated in every diagnostic).</summary>
    public const int MaxFileNameLength = 256;

    /// <summary>Most field violations one INVALID_ARGUMENT carries (they travel in a trailer; ValidateScenario returns every diagnostic).</summary>
    public const int MaxFieldViolations = 100;

    /// <summary>Runs played at the same time; later runs wait (pending) for a slot.</summary>
    public int MaxConcurrentRuns { get; set; } = 16;

    /// <summary>How long a tick waits for the bus to deliver the events the actors reported publishing.</summary>
    public int EventBarrierTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// Deadline of one AdvanceTick call, retries included: longer than an actor's own wait for late messages (30 s),
    /// so that its answer naming the missing sender arrives rather than a bare deadline.
    /// </summary>
    public int TickCallTimeoutSeconds { get; set; } = 45;

    /// <summary>How long the end of a run may take: publishing RunCompleted, and each EndRun call.</summary>
    public int CleanupTimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// How long a batch run waits for a replica of each actor service to take it (placement claims wait in the
    /// service's queue while every replica is full) before the batch fails.
    /// </summary>
    public int PlacementTimeoutSeconds { get; set; } = 120;

    /// <summary>
    /// How many times a run is replayed from tick 0 after an actor service went away or restarted, or the bus went
    /// down, under it (<see cref="Faults.RunFaults"/>); 0 fails the run at the first such fault.
    /// </summary>
    public int MaxRunRecoveries { get; set; } = 3;

    /// <summary>How long a run interrupted by a fault waits for its services and the broker to come back before it fails.</summary>
    public int RecoveryTimeoutSeconds { get; set; } = 60;

    /// <summary>
    /// Runs kept in memory and listed (those in play, and the most recently finished ones; the one that finished longest
    /// ago is forgotten first). A finished run holds its inputs and its snapshots, not its files: GetResult reads them
    /// from the run store, which keeps every run. A call naming a forgotten run reads it back from the run store.
    /// </summary>
    public int MaxRetainedRuns { get; set; } = 100;

    /// <summary>
    /// The key every call of the public API must carry as <c>x-api-key</c> metadata (health checks excepted); give it
    /// from a secret (env <c>Orchestrator__ApiKey</c>), at least 16 characters. Empty: no key is asked for.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// Whether the orchestrator refuses to start without <see cref="ApiKey"/>. Default (empty): required when
    /// <c>ProcSim:BindAddress</c> is not a loopback address; <c>false</c> runs an exposed orchestrator open on purpose.
    /// </summary>
    public bool? RequireApiKey { get; set; }

    /// <summary>
    /// Serve <c>GET /diagnostics/memory</c> to loopback callers (<see cref="Diagnostics.MemoryDiagnostics"/>): a full
    /// collection, then the managed heap, SQLite's and malloc's memory and the run counts, as JSON. Off by default:
    /// each call pauses the process for the collection. The soak test and the benchmarks' <c>--soak</c> probe use it.
    /// </summary>
    public bool MemoryDiagnostics { get; set; }

    /// <summary>
    /// The run store: a SQLite file (created with its folder when missing) that keeps every run's inputs, state,
    /// event log and files across restarts; <c>:memory:</c> keeps them for the life of the process only.
    /// </summary>
    public string StorePath { get; set; } = "./data/orchestrator.db";
}
