using System.Collections.Concurrent;
using MassTransit;

namespace ProcurementSim.Orchestrator.Faults;

/// <summary>
/// Watches the orchestrator's connection to the broker: when its receive endpoints last faulted (the broker went away
/// or the connection dropped: events published meanwhile may never arrive, as a temporary queue dies with the broker)
/// and whether the bus is healthy now. <see cref="RunFaults"/> asks it after a tick failed; a batch run's placement
/// listens to <see cref="NextFault"/>, since an answer awaited across a fault may never come.
/// </summary>
public sealed class BusWatch(IBusControl bus, TimeProvider time) : IReceiveEndpointObserver, IHostedService, IDisposable
{
    private readonly ConcurrentDictionary<Uri, byte> _readyOnce = new();
    private readonly Lock _gate = new();
    private CancellationTokenSource _nextFault = new();
    private ConnectHandle? _handle;
    private long _lastFaultTicks = DateTime.MinValue.Ticks;

    /// <summary>When a receive endpoint last faulted (UTC), or <see cref="DateTime.MinValue"/>.</summary>
    public DateTime LastFault => new(Interlocked.Read(ref _lastFaultTicks), DateTimeKind.Utc);

    /// <summary>True when the bus and its receive endpoints are healthy now.</summary>
    public bool Healthy => bus.CheckHealth().Status == BusHealthStatus.Healthy;

    /// <summary>Cancelled at the next fault or reconnection of a receive endpoint (each fault cancels the token handed out before it).</summary>
    public CancellationToken NextFault
    {
        get
        {
            lock (_gate) return _nextFault.Token;
        }
    }

    /// <summary>Waits until the bus is healthy, at most <paramref name="limit"/>; false when it was not by then.</summary>
    public async Task<bool> WaitUntilHealthyAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + limit;
        while (!Healthy)
        {
            if (time.GetUtcNow() >= deadline) return false;
            await Task.Delay(TimeSpan.FromMilliseconds(250), time, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

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

    public void Dispose()
    {
        _handle?.Disconnect();
        lock (_gate) _nextFault.Dispose();
    }

    public Task Faulted(ReceiveEndpointFaulted faulted)
    {
        ArgumentNullException.ThrowIfNull(faulted);
        Fault();
        return Task.CompletedTask;
    }

    // An endpoint ready a second time has reconnected: it was down in between, whether or not a fault was reported.
    public Task Ready(ReceiveEndpointReady ready)
    {
        ArgumentNullException.ThrowIfNull(ready);
        if (!_readyOnce.TryAdd(ready.InputAddress, 0))
        {
            Fault();
        }

        return Task.CompletedTask;
    }

    private void Fault()
    {
        Interlocked.Exchange(ref _lastFaultTicks, time.GetUtcNow().UtcDateTime.Ticks);
        CancellationTokenSource fired;
        lock (_gate)
        {
            fired = _nextFault;
            _nextFault = new CancellationTokenSource();
        }

        // Not disposed: a caller may still be linked to its token; it holds no timer, so the collector takes it.
        fired.Cancel();
    }

    public Task Stopping(ReceiveEndpointStopping stopping) => Task.CompletedTask;

    public Task Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;
}
