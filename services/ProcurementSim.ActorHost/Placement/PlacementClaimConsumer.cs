using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProcurementSim.ActorHost.Runs;
using ProcurementSim.Contracts;
using ProcurementSim.ServiceDefaults;

namespace ProcurementSim.ActorHost.Placement;

/// <summary>
/// Takes a batch run for this replica: answers the orchestrator's <see cref="PlacementClaim"/> at once with this
/// replica's gRPC address, then keeps consuming (so the message stays unacknowledged) until the run has ended here.
/// With prefetch and concurrency set to <see cref="ActorHostOptions.RunCapacity"/>, the broker hands a replica no
/// more claims than it has room for, and the other replicas, competing on the same queue, take the rest. A claim is
/// also let go when its run is not initialised within <see cref="ActorHostOptions.ClaimInitTimeoutSeconds"/> (the
/// orchestrator gave up on it), when the run plays no tick for <see cref="ActorHostOptions.ClaimIdleTimeoutSeconds"/>
/// (its orchestrator is gone: the run is dropped), and when the replica stops. A claim for a run that has ended here
/// already (its batch was cancelled while the claim waited in the queue) is acknowledged at once, unanswered. A claim
/// the broker delivers again after a dropped connection is acknowledged at once when this replica holds a claim on the
/// run already (it hosts the run: the orchestrator has its answer), and otherwise answered but let go after
/// <see cref="ActorHostOptions.ClaimRedeliveredInitTimeoutSeconds"/> unless its run comes (its orchestrator most likely
/// placed the run afresh when its own connection dropped).
/// </summary>
public sealed partial class PlacementClaimConsumer(
    RunClaims claims,
    ActorRuns runs,
    AdvertisedAddress address,
    ServiceIdentity identity,
    IOptions<ActorHostOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<PlacementClaimConsumer> logger) : IConsumer<PlacementClaim>
{
    /// <inheritdoc />
    public async Task Consume(ConsumeContext<PlacementClaim> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = context.Message;
        if (message.Service != identity.Name)
        {
            throw new InvalidOperationException(
                $"The {identity.Name} service received a placement claim for the {message.Service} service: the queues are misconfigured.");
        }

        using var scope = logger.BeginRunScope(message.RunId);
        if (claims.HasEnded(message.RunId))
        {
            // Its batch gave up on it while the claim waited in the queue: nobody waits for an answer.
            LogStale(logger);
            return;
        }

        var redelivered = context.ReceiveContext.Redelivered;
        if (redelivered && claims.IsHeld(message.RunId))
        {
            // Its first delivery's consumer still holds the run here; a second hold would count the run twice.
            LogStale(logger);
            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, lifetime.ApplicationStopping);
        var claim = claims.Take(message.RunId);
        try
        {
            var at = await address.GetAsync(stop.Token).ConfigureAwait(false);
            await context.RespondAsync(new PlacementGranted(message.RunId, identity.Name, at)).ConfigureAwait(false);
            LogTaken(logger, claims.Held);
            var settings = options.Value;
            var initTimeout = redelivered ? Math.Min(settings.ClaimInitTimeoutSeconds, settings.ClaimRedeliveredInitTimeoutSeconds) : settings.ClaimInitTimeoutSeconds;
            LogReleased(logger, await HoldAsync(claim, initTimeout, stop.Token).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The replica stops: the claim is acknowledged; the run's orchestrator sees the replica go.
            LogReleased(logger, "the replica stops");
        }
        finally
        {
            claims.Drop(claim);
        }
    }

    private async Task<string> HoldAsync(RunClaim claim, double initSeconds, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var initTimeout = TimeSpan.FromSeconds(initSeconds);
        var idleTimeout = TimeSpan.FromSeconds(settings.ClaimIdleTimeoutSeconds);
        var poll = TimeSpan.FromSeconds(Math.Clamp(Math.Min(initSeconds, settings.ClaimIdleTimeoutSeconds) / 4, 0.05, 1));
        var since = time.GetUtcNow();
        var seen = false;
        var played = -1;
        while (true)
        {
            var tick = Task.Delay(poll, time, cancellationToken);
            if (await Task.WhenAny(claim.Released, tick).ConfigureAwait(false) == claim.Released) return "the run ended";
            await tick.ConfigureAwait(false); // throws when the replica stops
            var now = time.GetUtcNow();
            if (runs.Find(claim.RunId) is not { } run)
            {
                if (seen) return "the run ended";
                if (now - since > initTimeout) return $"the run was not initialised within {initSeconds} s";
                continue;
            }

            seen = true;
            var progress = run.TicksPlayed;
            if (progress != played)
            {
                (played, since) = (progress, now);
            }
            else if (now - since > idleTimeout)
            {
                runs.Forget(claim.RunId);
                return $"the run played no tick for {settings.ClaimIdleTimeoutSeconds} s and was dropped";
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Placement claim of a run that has ended already, or delivered again for a run held here: acknowledged without an answer")]
    private static partial void LogStale(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Placement claim taken ({Held} held)")]
    private static partial void LogTaken(ILogger logger, int held);

    [LoggerMessage(Level = LogLevel.Information, Message = "Placement claim let go: {Reason}")]
    private static partial void LogReleased(ILogger logger, string reason);
}
