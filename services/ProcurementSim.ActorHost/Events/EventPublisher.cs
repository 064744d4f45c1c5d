using System.Diagnostics;
using MassTransit;
using ProcurementSim.Protocol.Mapping;
using ProcurementSim.ActorHost.Runs;
using ProcurementSim.Contracts;
using ProcurementSim.ServiceDefaults;

namespace ProcurementSim.ActorHost.Events;

/// <summary>
/// Publishes actors' events of a tick on the bus, the i-th with sequence i, batched: an actor's events of a tick are
/// one entry (<see cref="RunTickEvents"/>), and the entries of every tick that finishes while a publish is under way go
/// out together in the next message (<see cref="RunEventBatch"/>) — one publish per tick wave across the runs playing
/// here, with no waiting added when the service is idle (an entry alone goes out at once). A caller's task completes
/// when the bus has taken the message that carries its entry, or fails with that message. Publishing again (after a
/// failure) is harmless: (run, tick, actor, sequence) identifies an event and the orchestrator keeps one of each.
/// </summary>
public sealed class EventPublisher(IPublishEndpoint publish)
{
    // Bounds a message (an event is a few hundred bytes): under a very wide wave, the rest waits for the next one.
    private const int MaxEntriesPerMessage = 256;

    // A publish the broker never confirms (one in flight when the node went down) must not hold the ticks behind it
    // for ever: past this it fails them (UNAVAILABLE: the orchestrator retries the tick or replays the run), well
    // inside the orchestrator's tick deadline (Orchestrator:TickCallTimeoutSeconds, 45 s by default).
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(15);

    private readonly Lock _gate = new();
    private List<Pending> _queue = [];
    private bool _publishing;

    /// <summary>Publishes every event of <paramref name="played"/>; completes when the bus has taken them.</summary>
    public Task PublishAsync(string runId, int actorId, PlayedTick played, CancellationToken cancellationToken) =>
        PublishAsync(runId, actorId, played, null, cancellationToken);

    /// <summary>
    /// Publishes every event of <paramref name="played"/>, its message's span linked to <paramref name="tick"/> (the
    /// trace context of the tick that made them; the current span's when null); completes when the bus has taken them.
    /// </summary>
    public Task PublishAsync(string runId, int actorId, PlayedTick played, ActivityContext? tick, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(played);
        if (played.Events.Count == 0) return Task.CompletedTask;
        var events = new RunEventData[played.Events.Count];
        for (var i = 0; i < events.Length; i++)
        {
            events[i] = EventMapping.ToData(played.Tick, actorId, i, played.Events[i]);
        }

        var pending = new Pending(new RunTickEvents(runId, played.Tick, actorId, events), tick ?? Activity.Current?.Context);
        bool start;
        lock (_gate)
        {
            _queue.Add(pending);
            start = !_publishing;
            _publishing = true;
        }

        // The first entry of a wave publishes it; the others join whatever the loop takes next.
        if (start) _ = Task.Run(DrainAsync, CancellationToken.None);
        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            List<Pending> batch;
            lock (_gate)
            {
                if (_queue.Count == 0)
                {
                    _publishing = false;
                    return;
                }

                if (_queue.Count <= MaxEntriesPerMessage)
                {
                    (batch, _queue) = (_queue, []);
                }
                else
                {
                    batch = _queue[..MaxEntriesPerMessage];
                    _queue.RemoveRange(0, MaxEntriesPerMessage);
                }
            }

            await PublishAsync(batch).ConfigureAwait(false);
        }
    }

    private async Task PublishAsync(List<Pending> batch)
    {
        // The message serves several runs: its span is linked to each entry's tick rather than put in one run's trace.
        Activity.Current = null;
        using var activity = Telemetry.Source.StartActivity(
            ActivityKind.Internal, parentContext: default,
            links: [.. batch.Where(p => p.Tick is not null).Select(p => new ActivityLink(p.Tick!.Value))], name: "publish events");
        activity?.SetTag("procsim.entries", batch.Count);
        try
        {
            // As object, as a test's publish endpoint that publishes twice expects; the type is the record's own.
            using var timeout = new CancellationTokenSource(PublishTimeout);
            try
            {
                await publish.Publish((object)new RunEventBatch([.. batch.Select(p => p.Entry)]), timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException e) when (timeout.IsCancellationRequested)
            {
                // A failure of the bus, not a cancellation of the ticks: they fail as unfinished (TickPlayer).
                throw new TimeoutException($"the bus did not take the events within {PublishTimeout.TotalSeconds:0} s", e);
            }
            foreach (var p in batch) p.Done.TrySetResult();
        }
#pragma warning disable CA1031 // Every waiting tick gets the failure; the loop goes on with the next entries.
        catch (Exception e)
#pragma warning restore CA1031
        {
            foreach (var p in batch) p.Done.TrySetException(e);
        }
    }

    private sealed record Pending(RunTickEvents Entry, ActivityContext? Tick)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
