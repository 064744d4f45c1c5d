using System.Diagnostics;
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
/// same, the model being deterministic.
/// </summary>
public sealed partial class BatchRunPlayer(
    ClaimPlacement placement, IActorCalls calls, RunEventBuffer events, IBus bus, RunFaults faults, TimeProvider time, IOptions<OrchestratorOptions> options,
    ILogger<BatchRunPlayer> logger)
{
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
        for (var recoveries = 0; ; recoveries++)
        {
            try
            {
                return await PlayOnceAsync(prepared, batch, cancellationToken).ConfigureAwait(false);
            }
            catch (RunInterruptedException e) when (recoveries < max)
            {
                Interlocked.Increment(ref _replays);
                LogReplaying(logger, prepared.Run.State, e.Message, e.Fault, recoveries + 1);
            }
            catch (RunInterruptedException e)
            {
                throw new RunFailedException(
                    $"{e.Message} Cause: {e.Fault}; the run was not played again, having been played again {recoveries} time(s) (Orchestrator:MaxRunRecoveries = {max}).", e);
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
        try
        {
            where = await placement.PlaceAsync(spec.Scenario, spec.Id, cancellationToken).ConfigureAwait(false);
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
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(settings.CleanupTimeoutSeconds));
        try
        {
            await bus.Publish(new RunCompleted(spec.Id, spec.Scenario.Name, spec.Strategy.Name, spec.Seed, state, score), timeout.Token).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The outcome is known already; a broker outage only delays the services' clean-up (EndRun and the claims' timeouts remain).
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogAnnounceFailed(logger, e);
        }

        if (play is not null)
        {
            foreach (var problem in await play.EndAsync(TimeSpan.FromSeconds(settings.CleanupTimeoutSeconds)).ConfigureAwait(false))
            {
                LogEndRunFailed(logger, problem);
            }
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
