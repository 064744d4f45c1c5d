namespace ProcurementSim.ActorHost.Runs;

/// <summary>One placement claim held by this replica: the run, and a task that completes when the claim is let go.</summary>
public sealed class RunClaim(string runId)
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The run.</summary>
    public string RunId { get; } = runId;

    /// <summary>Completes when the run has ended here (or the claim was dropped).</summary>
    public Task Released => _released.Task;

    internal void Release() => _released.TrySetResult();
}
