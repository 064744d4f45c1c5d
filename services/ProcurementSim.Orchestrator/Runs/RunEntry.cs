using ProcurementSim.Core.Scenarios;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.Orchestrator.Runs;

/// <summary>
/// One run the orchestrator knows: what was asked, where it stands, its snapshots (one per tick, for watchers) and,
/// once completed, its files. State only moves forward: pending → running → completed, failed or cancelled.
/// </summary>
public sealed class RunEntry
{
    private readonly Lock _lock = new();
    private readonly List<TickSnapshot> _snapshots = [];
    private readonly CancellationTokenSource _cancel = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private RunState _state = RunState.Pending;
    private int _ticksDone;
    private string _error = string.Empty;
    private RunFiles? _files;

    /// <summary>Registers a run as pending.</summary>
    public RunEntry(string id, long order, Scenario scenario, string scenarioYaml, string scenarioFile, StrategySpec strategy, ulong seed)
    {
        Id = id;
        Order = order;
        Scenario = scenario;
        ScenarioYaml = scenarioYaml;
        ScenarioFile = scenarioFile;
        Strategy = strategy;
        Seed = seed;
        _snapshots.Add(NewSnapshot(-1, RunState.Pending));
    }

    public string Id { get; }

    /// <summary>Creation order (listing: newest first).</summary>
    public long Order { get; }

    public Scenario Scenario { get; }

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

    /// <summary>The files, once completed.</summary>
    public RunFiles? Files
    {
        get
        {
            lock (_lock)
            {
                return _files;
            }
        }
    }

    /// <summary>Pending → running; false when the run was cancelled while it waited.</summary>
    public bool TryStart() => Move(RunState.Running, NewSnapshot(-1, RunState.Running));

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

            _ticksDone = tick + 1;
            _files = files;
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

            _error = error;
            _state = RunState.Failed;
            Publish(Final(RunState.Failed, error));
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
                Scenario = Scenario.Name,
                Strategy = Strategy.Name,
                Seed = Seed,
                State = _state,
                TicksDone = _ticksDone,
                Ticks = Scenario.Ticks,
                Score = _files?.Score ?? 0,
                Error = _error,
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

            _state = to;
            Publish(snapshot);
            return true;
        }
    }

    // Called under the lock.
    private void Publish(TickSnapshot snapshot)
    {
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

    private TickSnapshot NewSnapshot(int tick, RunState state, double missionCapability = 0, double cumulativeCost = 0, IEnumerable<string>? keyEvents = null)
    {
        var snapshot = new TickSnapshot
        {
            RunId = Id,
            Tick = tick,
            Ticks = Scenario.Ticks,
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
