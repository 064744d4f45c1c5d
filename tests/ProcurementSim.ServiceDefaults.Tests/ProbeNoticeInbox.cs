namespace ProcurementSim.ServiceDefaults.Tests;

/// <summary>Holds the first <see cref="ProbeNotice"/> the consumer received.</summary>
public sealed class ProbeNoticeInbox
{
    private readonly TaskCompletionSource<ProbeNotice> first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<ProbeNotice> First => first.Task;

    public void Receive(ProbeNotice notice) => first.TrySetResult(notice);
}
