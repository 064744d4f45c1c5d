using System.Collections.Concurrent;
using System.Diagnostics;
using Grpc.Core;
using MassTransit;
using Microsoft.Extensions.Options;
using ProcurementSim.Contracts;
using ProcurementSim.Core.Results;
using ProcurementSim.Orchestrator.Actors;
using ProcurementSim.Orchestrator.Domain;
using ProcurementSim.Orchestrator.Events;
using ProcurementSim.Orchestrator.Faults;
using ProcurementSim.Orchestrator.Placement;
using ProcurementSim.Orchestrator.Store;
using ProcurementSim.Reporting;
using ProcurementSim.ServiceDefaults;

namespace ProcurementSim.Orchestrator.Runs;

/// <summary>
/// Plays accepted runs in the background, at most <see cref="OrchestratorOptions.MaxConcurrentRuns"/> at once (the
/// others wait as pending). A run that fails is marked failed with its sentence; the other runs carry on. Every run
/// ends with RunCompleted on the bus and EndRun on its services. Stopping the host cancels the runs in play. Each
/// tick's events go to the run log as the tick is recorded (<see cref="IRunLog.AppendTick"/>). A resumed run (found in
/// play at start, see <see cref="RunRecovery"/>) is first ended on its services — dropping what its previous
/// incarnation built there — then initialised again and replayed from tick 0 under the same run id. A run that an actor
/// service or the broker failed under (<see cref="RunFaults"/>) is replayed the same way once they are back, up to
/// <see cref="OrchestratorOptions.MaxRunRecoveries"/> times; a failure of the actor itself fails the run at once.
/// </summary>
public sealed partial class RunLauncher : IHostedService, IDisposable
{
    private readonly ConcurrentDictionary<string, Task> _playing = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _slots;
    private readonly OrchestratorOptions _options;
    private readonly ReplicaPicker _picker;
    private readonly IActorCalls _calls;
    private readonly RunEventBuffer _events;
    private readonly IBus _bus;
    private readonly IRunLog _log;
    private readonly RunFaults _faults;
    private readonly TimeProvider _time;
    private readonly ILogger<RunLauncher> _logger;

    public RunLauncher(
        IOptions<OrchestratorOptions> options, ReplicaPicker picker, IActorCalls calls, RunEventBuffer events, IBus bus, RunStore store, RunFaults faults,
        TimeProvider time, ILogger<RunLauncher> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);
        _options = options.Value;
        _slots = new SemaphoreSlim(Math.Max(1, _options.MaxConcurrentRuns));
        (_picker, _calls, _events, _bus, _log, _faults, _time, _logger) = (picker, calls, events, bus, store.Log, faults, time, logger);
    }

    /// <summary>Runs launched whose play (cleanup included) has not ended yet.</summary>
    public int Playing => _playing.Count;

    /// <summary>Starts playing <paramref name="run"/> in the background and returns at once.</summary>
    public void Launch(RunEntry run)
    {
        ArgumentNullException.ThrowIfNull(run);

        // The run outlives the StartRun call: it gets its own trace (linked to the call's) and logging scopes.
        var caller = Activity.Current?.Context;
        Task playing;
        using (ExecutionContext.SuppressFlow())
        {
            playing = Task.Run(() => PlayAsync(run, caller));
        }

        // Forgotten as soon as it ends (not at the next launch: an idle orchestrator would keep its last runs' tasks).
        _playing[run.Id] = playing;
        _ = playing.ContinueWith(
            ended => _playing.TryRemove(new KeyValuePair<string, Task>(run.Id, ended)),
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(_playing.Values).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        _stopping.Dispose();
        _slots.Dispose();
    }

    private async Task PlayAsync(RunEntry run, ActivityContext? caller)
    {
        using var scope = _logger.BeginRunScope(run.Id);
        using var token = CancellationTokenSource.CreateLinkedTokenSource(run.Cancellation, _stopping.Token);
        try
        {
            await _slots.WaitAsync(token.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Finish(run, "The orchestrator shut down before the run started.");
            return;
        }

        try
        {
            if (run.TryStart())
            {
                await PlayStartedAsync(run, caller, token.Token).ConfigureAwait(false);
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task PlayStartedAsync(RunEntry run, ActivityContext? caller, CancellationToken cancellationToken)
    {
        using var activity = Telemetry.Source.StartActivity(
            ActivityKind.Internal, parentContext: default, links: caller is { } c ? [new ActivityLink(c)] : null, name: "run");
        activity?.SetTag("procsim.run_id", run.Id);
        activity?.SetTag("procsim.scenario", run.Scenario.Name);
        activity?.SetTag("procsim.strategy", run.Strategy.Name);
        DistributedRun? play = null;
        _events.Open(run.Id);
        try
        {
            var placement = RunPlacement.For(run.Scenario, run.Id, _picker);
            LogStarted(_logger, run.Scenario.Name, run.Strategy.Name, run.Seed, string.Join(", ", placement.Services.Select(s => $"{s.Service} {s.Address}")));
            play = new DistributedRun(run.Spec, placement, _calls, _events, _options);
            if (run.Resumed)
            {
                // The services may still hold the previous incarnation (same run id, some ticks played): drop it.
                foreach (var problem in await play.EndAsync(TimeSpan.FromSeconds(_options.CleanupTimeoutSeconds)).ConfigureAwait(false))
                {
                    LogEndRunFailed(_logger, problem);
                }

                LogResumed(_logger);
            }

            var files = await PlayRecoveringAsync(run, placement, play, cancellationToken).ConfigureAwait(false);
            LogCompleted(_logger, files.Score);
        }
        catch (RunFailedException e)
        {
            run.TryFail(run.Resumed ? $"Resumed after an orchestrator restart: {e.Message}" : e.Message);
            LogFailed(_logger, e.Message);
        }
        catch (Exception e) when (e is OperationCanceledException or RpcException && cancellationToken.IsCancellationRequested)
        {
            Finish(run, "The orchestrator shut down during the run.");
            LogStopped(_logger, run.State.ToString());
        }
#pragma warning disable CA1031 // Any other failure is a bug in one run; it must not take down the others.
        catch (Exception e)
#pragma warning restore CA1031
        {
            run.TryFail($"The orchestrator failed while playing the run: {e.Message.Trim().TrimEnd('.')} (a bug; the orchestrator's log has the details).");
            LogCrashed(_logger, e);
        }
        finally
        {
            _events.Close(run.Id);
        }

        await AnnounceEndAsync(run).ConfigureAwait(false);
        var problems = play is null ? [] : await play.EndAsync(TimeSpan.FromSeconds(_options.CleanupTimeoutSeconds)).ConfigureAwait(false);
        foreach (var problem in problems)
        {
            LogEndRunFailed(_logger, problem);
        }
    }

    // A fault of the system under the run (a service gone or restarted, the bus down) replays it from tick 0 once all is
    // back; replayed ticks are checked against the stored events and not shown to watchers again.
    private async Task<RunFiles> PlayRecoveringAsync(RunEntry run, RunPlacement placement, DistributedRun play, CancellationToken cancellationToken)
    {
        for (var recoveries = 0; ; recoveries++)
        {
            var started = _time.GetUtcNow().UtcDateTime;
            try
            {
                return await PlayAsync(run, play, _log, cancellationToken).ConfigureAwait(false);
            }
            catch (RunFailedException e) when (!cancellationToken.IsCancellationRequested)
            {
                var fault = await _faults.DiagnoseAsync(run.Id, placement, started, e, cancellationToken).ConfigureAwait(false);
                if (fault is null)
                {
                    throw;
                }

                if (recoveries >= _options.MaxRunRecoveries)
                {
                    throw new RunFailedException(
                        $"{e.Message} Cause: {fault}; the run was not replayed again, having been replayed {recoveries} time(s) (Orchestrator:MaxRunRecoveries = {_options.MaxRunRecoveries}).", e);
                }

                LogInterrupted(_logger, e.Message, fault, recoveries + 1);
                try
                {
                    await _faults.WaitUntilUpAsync(placement, cancellationToken).ConfigureAwait(false);
                }
                catch (RunFailedException down)
                {
                    throw new RunFailedException($"{e.Message} It could not be replayed: {down.Message}", down);
                }

                // Drop what the interrupted play left on the services that kept it, and the events still buffered.
                foreach (var problem in await play.EndAsync(TimeSpan.FromSeconds(_options.CleanupTimeoutSeconds)).ConfigureAwait(false))
                {
                    LogEndRunFailed(_logger, problem);
                }

                _events.Close(run.Id);
                _events.Open(run.Id);
                run.RecordRecovery();
                LogReplaying(_logger, recoveries + 1);
            }
        }
    }

    // Every tick but the last becomes a snapshot for watchers; the last one completes the run with its files.
    private static async Task<RunFiles> PlayAsync(RunEntry run, DistributedRun play, IRunLog log, CancellationToken cancellationToken)
    {
        TickProgress? last = null;
        var result = await play.PlayAsync(recordTimeline: true, recordCapability: false, tick =>
        {
            // A replayed tick is compared with the events stored the first time, never stored twice.
            if (log.AppendTick(run.Id, tick.Tick, StoredEvent.OfTick(tick.Tick, tick.EventsByActor)) is { } mismatch)
            {
                throw new RunFailedException(mismatch);
            }

            if (tick.Last)
            {
                last = tick;
            }
            else if (tick.Tick >= run.TicksDone)
            {
                run.RecordTick(tick.Tick, tick.Record.MissionCapability, tick.Record.CumulativeCost, tick.KeyEvents);
            }
        }, cancellationToken).ConfigureAwait(false);

        // report.html costs ~100 ms of CPU and 100 MB of allocation: rendered only when asked for. The run keeps
        // neither it nor the result (the run log keeps the files; see RunEntry.Files).
        var threshold = run.Scenario.CapabilityThreshold;
        var files = new RunFiles(result.Score, ResultJsonWriter.ToBytes(result), TimelineCsvWriter.ToBytes(result),
            new Lazy<byte[]>(() => HtmlReport.ToBytes(result, threshold)));
        run.TryComplete(files, last!.Tick, last.Record.MissionCapability, last.Record.CumulativeCost, last.KeyEvents);
        return files;
    }

    // A run stopped by the host (not by CancelRun) ends here with a sentence, but stays in play in the run log: the
    // next start resumes it. A cancelled one stays cancelled.
    private static void Finish(RunEntry run, string reasonWhenStopped)
    {
        if (!run.Cancellation.IsCancellationRequested)
        {
            run.TryStop(reasonWhenStopped + " It stays in play in the run store: the next start of the orchestrator resumes it.");
        }
    }

    private async Task AnnounceEndAsync(RunEntry run)
    {
        var state = run.State switch
        {
            RunState.Completed => "completed",
            RunState.Cancelled => "cancelled",
            _ => "failed",
        };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(_options.CleanupTimeoutSeconds));
        try
        {
            await _bus.Publish(new RunCompleted(run.Id, run.Scenario.Name, run.Strategy.Name, run.Seed, state, run.Score), timeout.Token)
                .ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The run's outcome is recorded already; a broker outage only delays the services' clean-up.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogAnnounceFailed(_logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Run started: scenario {Scenario}, strategy {Strategy}, seed {Seed}, on {Placement}.")]
    private static partial void LogStarted(ILogger logger, string scenario, string strategy, ulong seed, string placement);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run resumed after an orchestrator restart: replaying it from tick 0.")]
    private static partial void LogResumed(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run interrupted: {Reason} Cause: {Fault}. Waiting for the system to come back to replay it from tick 0 (recovery {Recovery}).")]
    private static partial void LogInterrupted(ILogger logger, string reason, string fault, int recovery);

    [LoggerMessage(Level = LogLevel.Information, Message = "Everything is back: replaying the run from tick 0 (recovery {Recovery}).")]
    private static partial void LogReplaying(ILogger logger, int recovery);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run completed with score {Score}.")]
    private static partial void LogCompleted(ILogger logger, double score);

    // The sentence names the actor, the tick and the cause; a stack trace would add nothing.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Run failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run stopped ({State}).")]
    private static partial void LogStopped(ILogger logger, string state);

    [LoggerMessage(Level = LogLevel.Error, Message = "Run failed on an unexpected error.")]
    private static partial void LogCrashed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Problem}")]
    private static partial void LogEndRunFailed(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "RunCompleted could not be published; the services drop the run on EndRun.")]
    private static partial void LogAnnounceFailed(ILogger logger, Exception exception);
}
