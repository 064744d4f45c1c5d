using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProcurementSim.ActorHost.Events;
using ProcurementSim.ActorHost.Runs;
using ProcurementSim.Core.Messages;

namespace ProcurementSim.ActorHost.Ticks;

/// <summary>
/// AdvanceTick for one actor: replay a finished tick's answer; otherwise wait for the announced messages, play
/// the tick once on the canonically sorted inbox, deliver what the actor sent, publish its events, and only then
/// answer (and remember the answer). A tick played but not fully delivered is finished by the next retry, never
/// played again. It speaks the Core's types; a refusal is a <see cref="TickRefusedException"/>, a tick left
/// unfinished a <see cref="TickUnfinishedException"/>, which the gRPC service turns into statuses.
/// </summary>
public sealed partial class TickPlayer(
    IPeerDelivery delivery,
    EventPublisher publisher,
    IOptions<ActorHostOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<TickPlayer> logger)
{
    /// <summary>Plays (or replays) <paramref name="tick"/> for <paramref name="actor"/>; the request was validated.</summary>
    /// <exception cref="TickRefusedException">The actor cannot play this tick now, or a recipient refused a message.</exception>
    /// <exception cref="TickUnfinishedException">The tick was played but not all delivered or published; retry it.</exception>
    public Task<TickAnswer> PlayAsync(
        HostedRun run, HostedActor actor, int tick, IReadOnlyList<Envelope> injects, IReadOnlyDictionary<int, int> expected,
        CancellationToken cancellationToken) =>
        PlayAsync(run, actor, tick, injects, expected, null, cancellationToken);

    /// <summary>As above; <paramref name="trace"/> is the orchestrator's tick's trace context, which the tick's events link to (the current span's when null).</summary>
    public async Task<TickAnswer> PlayAsync(
        HostedRun run, HostedActor actor, int tick, IReadOnlyList<Envelope> injects, IReadOnlyDictionary<int, int> expected,
        ActivityContext? trace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.TryGetAnswer(tick, out var done)) return Replayed(actor, done);
        await actor.Turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (actor.TryGetAnswer(tick, out done)) return Replayed(actor, done);
            var played = actor.Pending;
            if (played is not null && played.Tick != tick)
            {
                throw new TickRefusedException(
                    $"actor {actor.Id} of run '{run.Id}' has not finished delivering tick {played.Tick}; retry AdvanceTick for tick {played.Tick} first");
            }
            if (played is null)
            {
                if (tick != actor.Played)
                {
                    throw new TickRefusedException(
                        $"actor {actor.Id} of run '{run.Id}' has played {actor.Played} tick(s); it can play tick {actor.Played} next, not tick {tick}");
                }
                await WaitForInboxAsync(run, actor, tick, expected, cancellationToken).ConfigureAwait(false);
                played = actor.Play(tick, injects);
                LogPlayed(logger, actor.Id, tick, played.Sent.Count, played.Events.Count);
            }
            // The tick is played: finish it even if this caller goes away, so a retry finds the answer.
            var stopping = lifetime.ApplicationStopping;
            try
            {
                await delivery.DeliverAsync(run, played, stopping).ConfigureAwait(false);
                await PublishAsync(run, actor, played, trace, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException ex) when (stopping.IsCancellationRequested)
            {
                // The service is stopping: the tick's messages or events were cut off by this host's shutdown, not by a
                // peer. That is the system failing under the run (Unavailable), which the orchestrator recovers by
                // playing the run again elsewhere; Cancelled would read as the actor failing on its own.
                throw new TickUnfinishedException(
                    $"actor {actor.Id} of run '{run.Id}' played tick {played.Tick} but its service is stopping, which cut off its messages and events", ex);
            }
            actor.Complete(played);
            return played.Answer;
        }
        finally
        {
            actor.Turn.Release();
        }
    }

    private async Task PublishAsync(HostedRun run, HostedActor actor, PlayedTick played, ActivityContext? trace, CancellationToken stopping)
    {
        try
        {
            await publisher.PublishAsync(run.Id, actor.Id, played, trace, stopping).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogPublishFailed(logger, ex, actor.Id, played.Tick);
            throw new TickUnfinishedException(
                $"actor {actor.Id} of run '{run.Id}' played tick {played.Tick} but the bus did not take its {played.Events.Count} event(s) " +
                $"({ex.GetType().Name}: {ex.Message}); retry AdvanceTick to finish the tick", ex);
        }
    }

    private TickAnswer Replayed(HostedActor actor, TickAnswer answer)
    {
        LogReplayed(logger, actor.Id, answer.Tick);
        return answer;
    }

    private async Task WaitForInboxAsync(HostedRun run, HostedActor actor, int tick, IReadOnlyDictionary<int, int> expected, CancellationToken cancellationToken)
    {
        var buffer = actor.BufferFor(tick);
        // The usual case: every announced message is there (or none was announced); no timer for a wait that will not happen.
        if (buffer.HoldsExactly(expected)) return;
        var timeout = TimeSpan.FromSeconds(options.Value.InboxTimeoutSeconds);
        using (var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            waiting.CancelAfter(timeout);
            try
            {
                await buffer.WaitForAsync(expected, waiting.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                var missing = string.Join("; ", buffer.Missing(expected).Select(m =>
                    $"{m.Expected - m.Held} of the {m.Expected} message(s) from actor {m.Sender}"));
                throw new TickRefusedException(string.Create(CultureInfo.InvariantCulture,
                    $"actor {actor.Id} of run '{run.Id}' waited {timeout.TotalSeconds:0.#} s for the messages sent to it during tick {tick - 1} and still misses {missing}"));
            }
        }
        var excess = buffer.Excess(expected);
        if (excess.Count > 0)
        {
            var detail = string.Join("; ", excess.Select(x => $"{x.Held} from actor {x.Sender}, which announced {x.Expected}"));
            throw new TickRefusedException(
                $"actor {actor.Id} of run '{run.Id}' holds more messages for tick {tick} than expected_messages announces: {detail}");
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Actor {ActorId} played tick {Tick}: {Sent} message(s) sent, {Events} event(s)")]
    private static partial void LogPlayed(ILogger logger, int actorId, int tick, int sent, int events);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Actor {ActorId} could not publish the events of tick {Tick}")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, int actorId, int tick);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Actor {ActorId} replays its answer for tick {Tick} (a retry)")]
    private static partial void LogReplayed(ILogger logger, int actorId, int tick);
}
