using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;
using ProcurementSim.Orchestrator.Store;
using ProcurementSim.Protocol.V1;
using ProcurementSim.Reporting;

namespace ProcurementSim.Orchestrator.Runs;

/// <summary>
/// One run the orchestrator knows: what was asked, where it stands, its snapshots (one per tick, for watchers) and,
/// once completed, its files. State only moves forward: pending → running → completed, failed or cancelled. Once
/// attached to a <see cref="IRunLog"/> (by <see cref="RunStore.Add"/>), every move is written there before it is seen,
/// and a completed run's files live only there: <see cref="Files"/> reads them back when asked, so the finished runs
/// kept in memory hold no bytes (hundreds of KB each, and report.html 3.6 MB once rendered).
/// </summary>
public sealed class RunEntry
{
    private readonly Lock _lock = new();
    private readonly List<TickSnapshot> _snapshots = [];
    private readonly CancellationTokenSource _cancel = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private RunState _state = RunState.Pending;
    private int _ticksDone;
    private int _recoveries;
    private string _error = string.Empty;
    // Held only while no log is attached (a run store's runs always have one); otherwise the log keeps the files.
    private RunFiles? _files;
    private double _score;
    private long _finishedAt;
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
        _snapshots.Add(NewSnapshot(-1, RunState.Pending));
    }

    public string Id { get; }

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

    public RunState State
    {
        get
        {
            lock (_lock)
            {
                return _state;
            }
        }
    }

    /// <summary>True once completed, failed or cancelled.</summary>
    public bool IsFinished => IsTerminal(State);

    /// <summary>
    /// When it finished (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>): 0 while in play and for a run
    /// restored finished from the store, so those are forgotten first (<see cref="RunStore"/>).
    /// </summary>
    public long FinishedAt
    {
        get
        {
            lock (_lock)
            {
                return _finishedAt;
            }
        }
    }

    /// <summary>Why it failed, or empty.</summary>
    public string Error
    {
        get
        {
            lock (_lock)
            {
                return _error;
            }
        }
    }

    /// <summary>Ticks recorded so far.</summary>
    public int TicksDone
    {
        get
        {
            lock (_lock)
            {
                return _ticksDone;
            }
        }
    }

    /// <summary>The score, once completed (0 before, and for a run that did not complete).</summary>
    public double Score
    {
        get
        {
            lock (_lock)
            {
                return _score;
            }
        }
    }

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
                ? new RunFiles(stored.Score, stored.ResultJson, stored.TimelineCsv, new Lazy<byte[]>(RenderReport))
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
            Resumed = !IsTerminal(stored.State),
        };
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
            if (IsTerminal(_state))
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
    public bool TryFail(string error)
    {
        lock (_lock)
        {
            if (IsTerminal(_state))
            {
                return false;
            }

            _log?.SetState(Id, RunState.Failed, error, null);
            _error = error;
            _state = RunState.Failed;
            Publish(Final(RunState.Failed, error));
            return true;
        }
    }

    /// <summary>
    /// The host stops during the run: marks it failed here with a sentence, but leaves the run log as it is (pending
    /// or running), so that the next start resumes it. False when it had already ended.
    /// </summary>
    public bool TryStop(string reason)
    {
        lock (_lock)
        {
            if (IsTerminal(_state))
            {
                return false;
            }

            _error = reason;
            _state = RunState.Failed;
            Publish(Final(RunState.Failed, reason));
            return true;
        }
    }

    /// <summary>Marks the run cancelled and stops its loop; false when it had already ended.</summary>
    public bool TryCancel()
    {
        lock (_lock)
        {
            if (IsTerminal(_state))
            {
                return false;
            }

            _log?.SetState(Id, RunState.Cancelled, string.Empty, null);
            _state = RunState.Cancelled;
            Publish(Final(RunState.Cancelled, string.Empty));
        }

        _cancel.Cancel();
        return true;
    }

    /// <summary>The snapshots from <paramref name="index"/> on (from the latest when negative), and a task that completes at the next one.</summary>
    public (IReadOnlyList<TickSnapshot> Snapshots, int Next, Task Changed) SnapshotsFrom(int index)
    {
        lock (_lock)
        {
            var from = index < 0 ? _snapshots.Count - 1 : Math.Min(index, _snapshots.Count);
            return (_snapshots[from..], _snapshots.Count, _changed.Task);
        }
    }

    /// <summary>The run in a listing.</summary>
    public RunSummary Summary()
    {
        lock (_lock)
        {
            return new RunSummary
            {
                RunId = Id,
                Scenario = ScenarioName,
                Strategy = Strategy.Name,
                Seed = Seed,
                State = _state,
                TicksDone = _ticksDone,
                Ticks = Ticks,
                Score = _score,
                Error = _error,
                Recoveries = _recoveries,
            };
        }
    }

    /// <summary>True for completed, failed and cancelled.</summary>
    public static bool IsTerminal(RunState state) => state is RunState.Completed or RunState.Failed or RunState.Cancelled;

    private bool Move(RunState to, TickSnapshot snapshot)
    {
        lock (_lock)
        {
            if (IsTerminal(_state))
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
    private void Publish(TickSnapshot snapshot)
    {
        if (IsTerminal(snapshot.State) && _finishedAt == 0 && !_restoring)
        {
            _finishedAt = System.Diagnostics.Stopwatch.GetTimestamp();
        }

        _snapshots.Add(snapshot);
        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
    }

    // Called under the lock: the last tick's figures with the final state.
    private TickSnapshot Final(RunState state, string error)
    {
        var last = _snapshots[^1];
        var final = NewSnapshot(_ticksDone - 1, state, last.MissionCapability, last.CumulativeCost, []);
        final.Error = error;
        return final;
    }

    // report.html is not stored (3.6 MB a run) nor kept: rendered from a replay by the embedded engine each time it is
    // asked for (about 100 ms of CPU), as RunRecovery does for runs read back from the store.
    private byte[] RenderReport()
    {
        var scenario = _scenario ?? throw new InvalidOperationException($"report.html of run {Id} cannot be rendered: its scenario no longer loads.");
        return HtmlReport.ToBytes(Simulator.Run(scenario, Strategy, Seed, RunOptions.Default), scenario.CapabilityThreshold);
    }

    private TickSnapshot NewSnapshot(int tick, RunState state, double missionCapability = 0, double cumulativeCost = 0, IEnumerable<string>? keyEvents = null)
    {
        var snapshot = new TickSnapshot
        {
            RunId = Id,
            Tick = tick,
            Ticks = Ticks,
            State = state,
            MissionCapability = missionCapability,
            CumulativeCost = cumulativeCost,
        };
        if (keyEvents is not null)
        {
            snapshot.KeyEvents.Add(keyEvents);
        }

        return snapshot;
    }
}
