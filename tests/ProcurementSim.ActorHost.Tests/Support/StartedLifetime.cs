using Microsoft.Extensions.Hosting;

namespace ProcurementSim.ActorHost.Tests.Support;

/// <summary>A host lifetime that has started and is not stopping: what a consumer under the test harness needs.</summary>
public sealed class StartedLifetime : IHostApplicationLifetime, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();

    public CancellationToken ApplicationStarted => new(canceled: true);

    public CancellationToken ApplicationStopping => _stopping.Token;

    public CancellationToken ApplicationStopped => CancellationToken.None;

    public void StopApplication() => _stopping.Cancel();

    public void Dispose() => _stopping.Dispose();
}
