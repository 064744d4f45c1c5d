using ProcurementSim.Orchestrator.Domain;

namespace ProcurementSim.Orchestrator.Store;

/// <summary>
/// The orchestrator's durable record of its runs: what each run was asked to play, where it stands, its event log
/// (written tick by tick as the run goes) and, once completed, its files. The run store writes here; on start
/// the orchestrator reads every run back (<see cref="Load"/>) and resumes those that were in play.
/// </summary>
public interface IRunLog
{
    /// <summary>Every run stored, in creation order (oldest first), completed ones with their files.</summary>
    IReadOnlyList<StoredRun> Load();

    /// <summary>One stored run (a completed one with its files), or null when the log has none of that id.</summary>
    StoredRun? Find(string runId);

    /// <summary>Records a new run (pending). Its id must be new.</summary>
    void AddRun(StoredRun run);

    /// <summary>
    /// Moves a run to <paramref name="state"/>, only forward (pending → running → completed, failed or cancelled; a
    /// terminal state is never changed), with the failure's sentence and, for completed, the files, in one transaction.
    /// </summary>
    void SetState(string runId, RunState state, string error, RunFiles? files);

    /// <summary>
    /// Stores tick <paramref name="tick"/>'s events in one transaction. A tick stored already (a replayed run) is
    /// compared instead of written again: null when written or identical, else a sentence saying what differs.
    /// </summary>
    string? AppendTick(string runId, int tick, IReadOnlyList<StoredEvent> events);

    /// <summary>The completed run's stored files, or null when the run has none (unknown, not completed, or lost).</summary>
    StoredResult? Result(string runId);

    /// <summary>The run's stored events in log order (tick, then actor id, then sequence).</summary>
    IReadOnlyList<StoredEvent> Events(string runId);
}
