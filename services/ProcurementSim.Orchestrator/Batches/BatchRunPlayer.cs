using System.Diagnostics;
using System.Globalization;
using MassTransit;
using Microsoft.Extensions.Options;
using ProcurementSim.Contracts;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Orchestrator.Actors;
using ProcurementSim.Orchestrator.Domain;
using ProcurementSim.Orchestrator.Events;
using ProcurementSim.Orchestrator.Faults;
using ProcurementSim.Orchestrator.Placement;
using ProcurementSim.Orchestrator.Runs;
using ProcurementSim.ServiceDefaults;

namespace ProcurementSim.Orchestrator.Batches;

/// <summary>
/// Plays one run of a batch on the actor services: claims a replica of each service through the broker
/// (<see cref="ClaimPlacement"/>), plays the tick protocol with the run's sampled scenario, strategy and run index
/// (<see cref="DistributedRun"/>), and always ends the run: RunCompleted on the bus (every replica forgets it and lets
/// its claim go, even one whose placement was cut short) and EndRun on the replicas that host it. A run that a replica
/// or the broker failed under (<see cref="RunFaults"/>) is played again from tick 0 under a new run id, placed afresh
/// on the replicas that are up, at most <see cref="OrchestratorOptions.MaxRunRecoveries"/> times: its outcome is the
/// same, the model being deterministic. A broker that fails while the run is being placed (a claim or its answer may be
/// lost with it) has the placement made again under a new run id, without counting as a recovery (nothing was played);
/// every new attempt first waits for the broker to be back.
/// </summary>
public sealed partial class BatchRunPlayer(
    ClaimPlacement placement, IActorCalls calls, RunEventBuffer events, IBus bus, RunFaults faults, BusWatch watch, TimeProvider time,
    IOptions<OrchestratorOptions> options, ILogger<BatchRunPlayer> logger)
{
    // Placements started again after a broker fault, per run: a broker that keeps failing fails the run in the end.
    private const int MaxPlacementRetries = 10;

    private int _replays;

    /// <summary>Batch runs played again after a fault, since the start.</summary>
    public int Replays => Volatile.Read(ref _replays);

    /// <summary>Plays the run and returns what the experiment keeps of it.</summary>
    /// <exception cref="RunFailedException">The run failed (the sentence names the actor and the tick).</exception>
    /// <exception cref="OperationCanceledException">The batch was cancelled.</exception>
    public async Task<RunOutcome> PlayAsync(PreparedRun prepared, BatchPlan batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(batch);
        var max = options.Value.MaxRunRecoveries;
        var (recoveries, placements) = (0, 0);
        while (true)
        {
            try
            {
                return await PlayOnceAsync(prepared, batch, cancellationToken).ConfigureAwait(false);
            }
            catch (RunInterruptedException e) when (e.BeforePlay ? placements < MaxPlacementRetries : recoveries < max)
            {
                if (e.BeforePlay)
                {
                    placements++;
                }
                else
                {
                    recoveries++;
                }

                Interlocked.Increment(ref _replays);
                LogReplaying(logger, prepared.Run.State, e.Message, e.Fault, recoveries + placements);
            }
            catch (RunInterruptedException e)
            {
                throw new RunFailedException(e.BeforePlay
                    ? $"{e.Message} Cause: {e.Fault}; the run was not placed again, its placement having been interrupted {placements + 1} time(s)."
                    : $"{e.Message} Cause: {e.Fault}; the run was not played again, having been played again {recoveries} time(s) (Orchestrator:MaxRunRecoveries = {max}).", e);
            }

            // The next attempt is placed through the broker: wait for it to be back (a replica lost needs no wait: the
            // broker gives the claims to the replicas that are up).
            var limit = TimeSpan.FromSeconds(options.Value.RecoveryTimeoutSeconds);
            if (!await watch.WaitUntilHealthyAsync(limit, cancellationToken).ConfigureAwait(false))
            {
                throw new RunFailedException(string.Create(CultureInfo.InvariantCulture,
                    $"The run was interrupted by a fault and the broker did not come back within {limit.TotalSeconds:0.#} s (Orchestrator:RecoveryTimeoutSeconds)."));
            }
        }
    }

    private async Task<RunOutcome> PlayOnceAsync(PreparedRun prepared, BatchPlan batch, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var spec = new RunSpec(RunIds.New(), prepared.Scenario, batch.ScenarioYaml, batch.ScenarioFile, prepared.Strategy, prepared.Seed,
            prepared.Options.RunIndex, prepared.Overrides);
        // Each run gets a trace of its own, linked to the RunBatch call's (a batch of thousands of runs is no one trace).
        var caller = Activity.Current?.Context;
        Activity.Current = null;
        using var activity = Telemetry.Source.StartActivity(
            ActivityKind.Internal, parentContext: default, links: caller is { } c ? [new ActivityLink(c)] : null, name: "batch run");
        activity?.SetTag("procsim.run_id", spec.Id);
        activity?.SetTag("procsim.state", prepared.Run.State);
        activity?.SetTag("procsim.strategy", spec.Strategy.Name);
        using var scope = logger.BeginRunScope(spec.Id);
        DistributedRun? play = null;
        RunPlacement? where = null;
        var started = time.GetUtcNow().UtcDateTime;
        var (state, score) = ("failed", 0.0);
        events.Open(spec.Id);
        // A claim or its answer in flight when the broker fails may be lost with it: stop waiting at the fault.
        using var placing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, watch.NextFault);
        try
        {
            where = await placement.PlaceAsync(spec.Scenario, spec.Id, placing.Token).ConfigureAwait(false);
            LogPlaced(logger, prepared.Run.State, spec.Strategy.Name, string.Join(", ", where.Services.Select(s => $"{s.Service} {s.Address}")));
            play = new DistributedRun(spec, where, calls, events, settings);
            var result = await play.PlayAsync(recordTimeline: false, prepared.Options.RecordCapability, onTick: null, cancellationToken).ConfigureAwait(false);
            (state, score) = ("completed", result.Score);
            return new RunOutcome(prepared.Run, result.Score, result.Metrics, result.CapabilitySeries);
        }
        catch (Exception e) when (cancellationToken.IsCancellationRequested)
        {
            state = "cancelled";
            throw new OperationCanceledException("The batch was cancelled.", e, cancellationToken);
        }
        catch (Exception e) when (where is null && watch.FaultedSince(started))
        {
            var why = e is OperationCanceledException ? "it was waiting for a replica's answer" : e.Message.Trim().TrimEnd('.');
            throw new RunInterruptedException($"Before tick 0: the run's placement was interrupted ({why}).",
                watch.Healthy ? "the connection to the broker dropped during the placement" : "the broker is unreachable", e, beforePlay: true);
        }
        catch (RunFailedException e) when (where is not null)
        {
            var fault = await faults.DiagnoseAsync(spec.Id, where, started, e, cancellationToken).ConfigureAwait(false);
            if (fault is null)
            {
                throw;
            }

            throw new RunInterruptedException(e.Message, fault, e);
        }
        finally
        {
            events.Close(spec.Id);
            await EndAsync(spec, play, state, score, settings).ConfigureAwait(false);
        }
    }

    private async Task EndAsync(RunSpec spec, DistributedRun? play, string state, double score, OrchestratorOptions settings)
    {
        // RunCompleted lets go of the run's claims on every replica, those whose answers never reached this orchestrator
        // included: when it cannot be published (the broker is down), wait for the broker and publish it again (each
        // attempt of a run has its own id, so a claim left behind would hold a replica's room until its timeout).
        var completed = new RunCompleted(spec.Id, spec.Scenario.Name, spec.Strategy.Name, spec.Seed, state, score);
        if (!await TryAnnounceAsync(completed, settings).ConfigureAwait(false)
            && await watch.WaitUntilHealthyAsync(TimeSpan.FromSeconds(settings.RecoveryTimeoutSeconds), CancellationToken.None).ConfigureAwait(false))
        {
            await TryAnnounceAsync(completed, settings).ConfigureAwait(false);
        }

        if (play is not null)
        {
            foreach (var problem in await play.EndAsync(TimeSpan.FromSeconds(settings.CleanupTimeoutSeconds)).ConfigureAwait(false))
            {
                LogEndRunFailed(logger, problem);
            }
        }
    }

    private async Task<bool> TryAnnounceAsync(RunCompleted completed, OrchestratorOptions settings)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(settings.CleanupTimeoutSeconds));
        try
        {
            await bus.Publish(completed, timeout.Token).ConfigureAwait(false);
            return true;
        }
#pragma warning disable CA1031 // The outcome is known already; a broker outage only delays the services' clean-up (EndRun and the claims' timeouts remain).
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogAnnounceFailed(logger, e);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Batch run of state {State} interrupted: {Reason} Cause: {Fault}. Playing it again on the replicas that are up (recovery {Recovery}).")]
    private static partial void LogReplaying(ILogger logger, int state, string reason, string fault, int recovery);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Batch run of state {State}, strategy {Strategy}, placed on {Placement}.")]
    private static partial void LogPlaced(ILogger logger, int state, string strategy, string placement);

    [LoggerMessage(Level = LogLevel.Warning, Message = "RunCompleted could not be published; the services drop the run on EndRun.")]
    private static partial void LogAnnounceFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Problem}")]
    private static partial void LogEndRunFailed(ILogger logger, string problem);
}
