using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;
using ProcurementSim.Orchestrator.Domain;
using ProcurementSim.Orchestrator.Store;

namespace ProcurementSim.Orchestrator.Runs;

/// <summary>
/// One run the orchestrator knows: what was asked, where it stands, its snapshots (one per tick, for watchers) and,
/// once completed, its files. State only moves forward: pending → running → completed, failed or cancelled. Once
/// attached to a <see cref="IRunLog"/> (by <see cref="RunStore.Add"/>), every move is written there before it is seen,
/// and a completed run's files live only there: <see cref="Files"/> reads them back when asked, so the finished runs
/// kept in memory hold no bytes (hundreds of KB each, and report.html 3.6 MB once rendered). Its watchers follow its
/// <see cref="SnapshotFeed"/>.
/// </summary>
public sealed class RunEntry
{
    private readonly Lock _lock = new();
    private readonly SnapshotFeed _snapshots;
    private readonly CancellationTokenSource _cancel = new();
    private RunState _state = RunState.Pending;
    private int _ticksDone;
    private int _recoveries;
    private string _error = string.Empty;
    // Held only while no log is attached (a run store's runs always have one); otherwise the log keeps the files.
    private RunFiles? _files;
    private double _score;
    private long _finishedAt;
    private DateTimeOffset? _endedAt;
    private bool _restoring;
    private IRunLog? _log;
    private readonly Scenario? _scenario;

    /// <summary>Registers a run as pending.</summary>
    public RunEntry(string id, long order, Scenario scenario, string scenarioYaml, string scenarioFile, StrategySpec strategy, ulong seed)
        : this(id, order, scenario ?? throw new ArgumentNullException(nameof(scenario)), scenario.Name, scenarioYaml, scenarioFile, strategy, seed)
    {
    }

    // scenario is null only for a stored run whose scenario no longer loads: it is failed at once, never played.
    private RunEntry(string id, long order, Scenario? scenario, string scenarioName, string scenarioYaml, string scenarioFile, StrategySpec strategy, ulong seed)
    {
        Id = id;
        Order = order;
        _scenario = scenario;
        ScenarioName = scenarioName;
        Ticks = scenario?.Ticks ?? 0;
        ScenarioYaml = scenarioYaml;
        ScenarioFile = scenarioFile;
        Strategy = strategy;
        Seed = seed;
        _snapshots = new SnapshotFeed(NewSnapshot(-1, RunState.Pending));
    }

    public string Id { get; }

    /// <summary>When StartRun accepted it (UTC), or when the store first kept it.</summary>
    public DateTimeOffset CreatedAt { get; private init; } = DateTimeOffset.UtcNow;

    /// <summary>True for a run found in play when the orchestrator started: it is replayed from tick 0.</summary>
    public bool Resumed { get; private init; }

    /// <summary>Creation order (listing: newest first).</summary>
    public long Order { get; }

    /// <summary>The scenario played (throws for a stored run whose scenario no longer loads: such a run is failed, never played).</summary>
    public Scenario Scenario => _scenario ?? throw new InvalidOperationException($"Run {Id}: its scenario no longer loads, so it cannot be played.");

    /// <summary>The scenario's name.</summary>
    public string ScenarioName { get; }

    /// <summary>The scenario's tick count (0 when it no longer loads).</summary>
    public int Ticks { get; }

    public string ScenarioYaml { get; }

    public string ScenarioFile { get; }

    public StrategySpec Strategy { get; }

    public ulong Seed { get; }

    /// <summary>What the run plays: the scenario and strategy as written, run index 0, no overrides.</summary>
    public RunSpec Spec => new(Id, Scenario, ScenarioYaml, ScenarioFile, Strategy, Seed, RunIndex: 0, Overrides: []);

    /// <summary>Cancelled when the run is cancelled.</summary>
    public CancellationToken Cancellation => _cancel.Token;

    public RunState State => Locked(() => _state);

    /// <summary>True once completed, failed or cancelled.</summary>
    public bool IsFinished => State.IsTerminal();

    /// <summary>
    /// When it finished (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>): 0 while in play and for a run
    /// restored finished from the store, so those are forgotten first (<see cref="RunStore"/>).
    /// </summary>
    public long FinishedAt => Locked(() => _finishedAt);

    /// <summary>Why it failed, or empty.</summary>
    public string Error => Locked(() => _error);

    /// <summary>Ticks recorded so far.</summary>
    public int TicksDone => Locked(() => _ticksDone);

    /// <summary>The score, once completed (0 before, and for a run that did not complete).</summary>
    public double Score => Locked(() => _score);

    /// <summary>
    /// The files, once completed; null before, and when the run log has lost them. Read from the run log at each call
    /// (result.json and timeline.csv as stored, byte for byte); the report.html of the value returned is rendered only
    /// if read, from a replay of the run by the embedded engine (which gives the distributed result byte for byte).
    /// </summary>
    public RunFiles? Files
    {
        get
        {
            IRunLog? log;
            lock (_lock)
            {
                if (_state != RunState.Completed || _files is not null)
                {
                    return _files;
                }

                log = _log;
            }

            return log?.Result(Id) is { } stored
                ? new RunFiles(stored.Score, stored.ResultJson, stored.TimelineCsv,
                    _scenario is { } scenario ? ReportReplay.Lazily(scenario, Strategy, Seed) : ReportReplay.Unavailable(Id))
                : null;
        }
    }

    /// <summary>
    /// A run the store knew before this start: in play (resumed, as pending) or finished (as it ended).
    /// <paramref name="scenario"/> is null when the stored scenario no longer loads: such a run cannot be played.
    /// </summary>
    public static RunEntry Restore(StoredRun stored, Scenario? scenario, string scenarioName, StrategySpec strategy, RunFiles? files)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var run = new RunEntry(stored.Id, stored.Order, scenario, scenarioName, stored.ScenarioYaml, stored.ScenarioFile, strategy, stored.Seed)
        {
            Resumed = !stored.State.IsTerminal(),
            CreatedAt = stored.CreatedAt,
        };
        run._endedAt = stored.State.IsTerminal() ? stored.UpdatedAt : null;
        lock (run._lock)
        {
            run._restoring = true;
            switch (stored.State)
            {
                case RunState.Completed when files is not null:
                    run._files = files;
                    run._score = files.Score;
                    run._ticksDone = run.Ticks;
                    run._state = RunState.Completed;
                    run.Publish(run.NewSnapshot(run.Ticks - 1, RunState.Completed));
                    break;
                case RunState.Completed:
                    run._state = RunState.Failed;
                    run._error = "The run completed, but its files are missing from the store.";
                    run.Publish(run.Final(run._state, run._error));
                    break;
                case RunState.Failed or RunState.Cancelled:
                    run._state = stored.State;
                    run._error = stored.Error;
                    run.Publish(run.Final(run._state, run._error));
                    break;
            }

            run._restoring = false;
        }

        return run;
    }

    /// <summary>
    /// Writes every later move of this run to <paramref name="log"/>. A run restored completed holds its files no
    /// more: they are read from the log, where they came from, when asked for.
    /// </summary>
    public void Attach(IRunLog log)
    {
        lock (_lock)
        {
            _log = log;
            _files = null;
        }
    }

    /// <summary>Pending → running; false when the run was cancelled while it waited.</summary>
    public bool TryStart() => Move(RunState.Running, NewSnapshot(-1, RunState.Running));

    /// <summary>Counts a replay from tick 0 after a fault of the system under the run (listed as <c>recoveries</c>).</summary>
    public void RecordRecovery()
    {
        lock (_lock)
        {
            _recoveries++;
        }
    }

    /// <summary>Records that tick <paramref name="tick"/> was played (not the last: see <see cref="TryComplete"/>).</summary>
    public void RecordTick(int tick, double missionCapability, double cumulativeCost, IEnumerable<string> keyEvents)
    {
        var snapshot = NewSnapshot(tick, RunState.Running, missionCapability, cumulativeCost, keyEvents);
        lock (_lock)
        {
            if (_state != RunState.Running)
            {
                return;
            }

            _ticksDone = tick + 1;
            Publish(snapshot);
        }
    }

    /// <summary>Records the last tick and the files; false when the run was cancelled meanwhile.</summary>
    public bool TryComplete(RunFiles files, int tick, double missionCapability, double cumulativeCost, IEnumerable<string> keyEvents)
    {
        var snapshot = NewSnapshot(tick, RunState.Completed, missionCapability, cumulativeCost, keyEvents);
        lock (_lock)
        {
            if (_state.IsTerminal())
            {
                return false;
            }

            _log?.SetState(Id, RunState.Completed, string.Empty, files);
            _ticksDone = tick + 1;
            _files = _log is null ? files : null;
            _score = files.Score;
            _state = RunState.Completed;
            Publish(snapshot);
            return true;
        }
    }

    /// <summary>Marks the run failed with a sentence; false when it had already ended.</summary>
    public bool TryFail(string error) => End(RunState.Failed, error, inLog: true);

    /// <summary>
    /// The host stops during the run: marks it failed here with a sentence, but leaves the run log as it is (pending
    /// or running), so that the next start resumes it. False when it had already ended.
    /// </summary>
    public bool TryStop(string reason) => End(RunState.Failed, reason, inLog: false);

    /// <summary>Marks the run cancelled and stops its loop; false when it had already ended.</summary>
    public bool TryCancel()
    {
        if (!End(RunState.Cancelled, string.Empty, inLog: true))
        {
            return false;
        }

        _cancel.Cancel();
        return true;
    }

    /// <summary>The snapshots from <paramref name="index"/> on (from the latest when negative), and a task that completes at the next one.</summary>
    public (IReadOnlyList<RunSnapshot> Snapshots, int Next, Task Changed) SnapshotsFrom(int index)
    {
        lock (_lock)
        {
            return _snapshots.From(index);
        }
    }

    /// <summary>Where a watcher that asks for the snapshots from <paramref name="tick"/> on starts (see <see cref="SnapshotsFrom"/>).</summary>
    public int SnapshotIndexOf(int tick)
    {
        lock (_lock)
        {
            return _snapshots.IndexOf(tick);
        }
    }

    /// <summary>The run in a listing.</summary>
    public RunStatus Summary()
    {
        lock (_lock)
        {
            return new RunStatus(Id, ScenarioName, Strategy.Name, Seed, _state, _ticksDone, Ticks, _score, _error, _recoveries, CreatedAt, _endedAt);
        }
    }

    private T Locked<T>(Func<T> read)
    {
        lock (_lock)
        {
            return read();
        }
    }

    // Failed or cancelled, with the sentence (empty for cancelled), written to the log unless the host is stopping.
    private bool End(RunState state, string error, bool inLog)
    {
        lock (_lock)
        {
            if (_state.IsTerminal())
            {
                return false;
            }

            if (inLog)
            {
                _log?.SetState(Id, state, error, null);
            }

            _error = error;
            _state = state;
            Publish(Final(state, error));
            return true;
        }
    }

    private bool Move(RunState to, RunSnapshot snapshot)
    {
        lock (_lock)
        {
            if (_state.IsTerminal())
            {
                return false;
            }

            _log?.SetState(Id, to, string.Empty, null);
            _state = to;
            Publish(snapshot);
            return true;
        }
    }

    // Called under the lock. A run restored finished keeps FinishedAt 0: it ended before any run of this process.
    private void Publish(RunSnapshot snapshot)
    {
        if (snapshot.State.IsTerminal() && _finishedAt == 0 && !_restoring)
        {
            _finishedAt = System.Diagnostics.Stopwatch.GetTimestamp();
            _endedAt = DateTimeOffset.UtcNow;
        }

        _snapshots.Add(snapshot);
    }

    // Called under the lock: the last tick's figures with the final state.
    private RunSnapshot Final(RunState state, string error)
    {
        var last = _snapshots.Last;
        return NewSnapshot(_ticksDone - 1, state, last.MissionCapability, last.CumulativeCost) with { Error = error };
    }

    private RunSnapshot NewSnapshot(int tick, RunState state, double missionCapability = 0, double cumulativeCost = 0, IEnumerable<string>? keyEvents = null) =>
        new(tick, Ticks, state, missionCapability, cumulativeCost, keyEvents is null ? [] : [.. keyEvents], string.Empty);
}
