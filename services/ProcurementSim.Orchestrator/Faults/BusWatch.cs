using System.Collections.Concurrent;
using MassTransit;

namespace ProcurementSim.Orchestrator.Faults;

/// <summary>
/// Watches the orchestrator's connection to the broker: when its receive endpoints last faulted (the broker went away
/// or the connection dropped: events published meanwhile may never arrive, as a temporary queue dies with the broker)
/// and whether the bus is healthy now. <see cref="RunFaults"/> asks it after a tick failed.
/// </summary>
public sealed class BusWatch(IBusControl bus, TimeProvider time) : IReceiveEndpointObserver, IHostedService, IDisposable
{
    private readonly ConcurrentDictionary<Uri, byte> _readyOnce = new();
    private ConnectHandle? _handle;
    private long _lastFaultTicks = DateTime.MinValue.Ticks;

    /// <summary>When a receive endpoint last faulted (UTC), or <see cref="DateTime.MinValue"/>.</summary>
    public DateTime LastFault => new(Interlocked.Read(ref _lastFaultTicks), DateTimeKind.Utc);

    /// <summary>True when the bus and its receive endpoints are healthy now.</summary>
    public bool Healthy => bus.CheckHealth().Status == BusHealthStatus.Healthy;

    /// <summary>True when the bus faulted at or after <paramref name="since"/>, or is unhealthy now.</summary>
    public bool FaultedSince(DateTime since) => LastFault >= since || !Healthy;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _handle = bus.ConnectReceiveEndpointObserver(this);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _handle?.Disconnect();
        _handle = null;
        return Task.CompletedTask;
    }

    public void Dispose() => _handle?.Disconnect();

    public Task Faulted(ReceiveEndpointFaulted faulted)
    {
        ArgumentNullException.ThrowIfNull(faulted);
        Interlocked.Exchange(ref _lastFaultTicks, time.GetUtcNow().UtcDateTime.Ticks);
        return Task.CompletedTask;
    }

    // An endpoint ready a second time has reconnected: it was down in between, whether or not a fault was reported.
    public Task Ready(ReceiveEndpointReady ready)
    {
        ArgumentNullException.ThrowIfNull(ready);
        if (!_readyOnce.TryAdd(ready.InputAddress, 0))
        {
            Interlocked.Exchange(ref _lastFaultTicks, time.GetUtcNow().UtcDateTime.Ticks);
        }

        return Task.CompletedTask;
    }

    public Task Stopping(ReceiveEndpointStopping stopping) => Task.CompletedTask;

    public Task Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;
}
