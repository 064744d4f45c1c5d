using Google.Protobuf;
using Grpc.Core;
using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;
using ProcurementSim.Orchestrator.Batches;
using ProcurementSim.Orchestrator.Domain;
using ProcurementSim.Orchestrator.Runs;
using ProcurementSim.Protocol.Mapping;
using ProcurementSim.Protocol.V1;
using RunState = ProcurementSim.Orchestrator.Domain.RunState;
using ProcurementSim.ServiceDefaults;

namespace ProcurementSim.Orchestrator.Grpc;

/// <summary>
/// The public API (protos/orchestrator.proto). Thin: scenarios are loaded by the Core's loader, runs are registered
/// in the <see cref="RunStore"/> and played in the background by the <see cref="RunLauncher"/>; a batch is planned by
/// the Core and played by the <see cref="BatchScheduler"/>, each run by the <see cref="BatchRunPlayer"/>. Requests are
/// mapped to domain values here and answers back (<see cref="OrchestratorMessages"/>, <see cref="BatchMapping"/>).
/// </summary>
public sealed partial class OrchestratorGrpcService(RunStore store, RunLauncher launcher, BatchRunPlayer batchPlayer, ILogger<OrchestratorGrpcService> logger)
    : Protocol.V1.Orchestrator.OrchestratorBase
{
    /// <summary>The name diagnostics give a scenario sent without one.</summary>
    public const string DefaultFileName = "scenario.yaml";

    public override Task<ValidateScenarioResponse> ValidateScenario(ValidateScenarioRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var file = FileName(request.ScenarioFile);
        var loaded = ScenarioLoader.LoadText(request.ScenarioYaml, file);
        var response = new ValidateScenarioResponse { Valid = loaded.IsValid };
        response.Diagnostics.Add(loaded.Diagnostics.Select(d => new ScenarioDiagnostic { File = d.File, Line = d.Line, Column = d.Column, Message = d.Message }));
        if (loaded.Scenario is { } s && loaded.IsValid)
        {
            response.Name = s.Name;
            response.Strategies.Add(s.Strategies.Select(x => x.Name));
            response.Ticks = s.Ticks;
            response.Categories = s.Categories.Count;
            response.Vendors = s.Vendors.Count;
        }

        return Task.FromResult(response);
    }

    public override Task<StartRunResponse> StartRun(StartRunRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var file = FileName(request.ScenarioFile);
        var loaded = LoadedScenarios.Load(request.ScenarioYaml, file);
        if (!loaded.IsValid || loaded.Scenario is not { } scenario)
        {
            throw RpcErrors.InvalidScenario(file, loaded.Diagnostics, loaded.ProblemCount);
        }

        var strategy = ChooseStrategy(file, scenario, request.Strategy);
        var seed = request.HasSeed ? request.Seed : scenario.Seed;
        var run = new RunEntry(RunIds.New(), store.NextOrder(), scenario, request.ScenarioYaml, file, strategy, seed);
        store.Add(run);
        using (logger.BeginRunScope(run.Id))
        {
            LogAccepted(logger, file, strategy.Name, seed);
        }

        launcher.Launch(run);
        return Task.FromResult(new StartRunResponse { RunId = run.Id, Strategy = strategy.Name, Seed = seed, Ticks = scenario.Ticks });
    }

    public override async Task WatchRun(WatchRunRequest request, IServerStreamWriter<TickSnapshot> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(responseStream);
        ArgumentNullException.ThrowIfNull(context);
        var run = Find(request.RunId);
        if (request.HasFromTick && request.FromTick < -1)
        {
            throw RpcErrors.InvalidArgument($"from_tick is {request.FromTick}; give -1 (before the first tick) or a later tick, or leave it unset.",
                [("from_tick", "expected -1 or more")]);
        }

        // Unset: a late watcher starts with the latest snapshot; from_tick replays what the run has recorded since.
        var next = request.HasFromTick ? run.SnapshotIndexOf(request.FromTick) : -1;
        while (true)
        {
            var (snapshots, count, changed) = run.SnapshotsFrom(next);
            foreach (var snapshot in snapshots)
            {
                await responseStream.WriteAsync(OrchestratorMessages.ToProto(run.Id, snapshot), context.CancellationToken).ConfigureAwait(false);
                if (snapshot.State.IsTerminal())
                {
                    return;
                }
            }

            next = count;
            await changed.WaitAsync(context.CancellationToken).ConfigureAwait(false);
        }
    }

    public override Task<RunResultFiles> GetResult(GetResultRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var run = Find(request.RunId);
        var files = FilesOf(run);
        return Task.FromResult(new RunResultFiles
        {
            RunId = run.Id,
            Score = files.Score,
            ResultJson = ByteString.CopyFrom(files.ResultJson),
            TimelineCsv = ByteString.CopyFrom(files.TimelineCsv),
            ReportHtml = request.IncludeReport ? ByteString.CopyFrom(files.ReportHtml.Value) : ByteString.Empty,
        });
    }

    public override async Task StreamResult(GetResultRequest request, IServerStreamWriter<ResultChunk> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(responseStream);
        ArgumentNullException.ThrowIfNull(context);
        var files = FilesOf(Find(request.RunId));
        foreach (var chunk in ResultChunks.Of(files, request.IncludeReport))
        {
            await responseStream.WriteAsync(chunk, context.CancellationToken).ConfigureAwait(false);
        }
    }

    // A completed run's files; FAILED_PRECONDITION with a sentence while it has none.
    private static RunFiles FilesOf(RunEntry run)
    {
        var summary = run.Summary();
        if (run.Files is { } files)
        {
            return files;
        }

        throw RpcErrors.FailedPrecondition(summary.State switch
        {
            RunState.Pending => $"Run {run.Id} has not started yet: it waits for a free slot; its result is not ready.",
            RunState.Failed => $"Run {run.Id} failed, so it has no result: {summary.Error}",
            RunState.Cancelled => $"Run {run.Id} was cancelled, so it has no result.",
            RunState.Completed => $"Run {run.Id} completed, but its files are missing from the run store.",
            _ => $"Run {run.Id} is still running ({summary.TicksDone} of {summary.Ticks} ticks played); its result is not ready.",
        });
    }

    public override Task<ListRunsResponse> ListRuns(ListRunsRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var page = RunPage.Read(request.PageSize, request.PageToken);
        var runs = store.All().Where(r => r.Order < page.Before).Take(page.Size + 1).ToList();
        var response = new ListRunsResponse();
        response.Runs.Add(runs.Take(page.Size).Select(r => OrchestratorMessages.ToProto(r.Summary())));
        if (runs.Count > page.Size)
        {
            response.NextPageToken = RunPage.Token(runs[page.Size - 1].Order);
        }

        return Task.FromResult(response);
    }

    public override Task<CancelRunResponse> CancelRun(CancelRunRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var run = Find(request.RunId);
        if (run.TryCancel())
        {
            using (logger.BeginRunScope(run.Id))
            {
                LogCancelled(logger);
            }
        }

        return Task.FromResult(new CancelRunResponse { State = OrchestratorMessages.ToProto(run.State) });
    }

    public override async Task RunBatch(RunBatchRequest request, IServerStreamWriter<BatchStateResult> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(responseStream);
        ArgumentNullException.ThrowIfNull(context);
        var file = FileName(request.ScenarioFile);
        var check = BatchRequestChecks.Check(OrchestratorMessages.ToDomain(request, file));
        if (check.Plan is not { } batch)
        {
            throw check.ScenarioInvalid ? RpcErrors.InvalidScenario(file, check.ScenarioDiagnostics, check.ScenarioProblemCount) : RpcErrors.InvalidArgument(check.Refusal, check.Problems);
        }

        var plan = batch.Plan;
        LogBatchAccepted(logger, batch.ScenarioFile, plan.DesignName, plan.States - batch.FirstState, batch.RunsPerState, plan.Request.Seed, batch.MaxInFlight);
        try
        {
            // The first message names the inputs (input_names); the others carry only their values.
            var sent = 0;
            var states = await BatchScheduler.RunAsync(plan, batch.Candidates, batch.FirstState, batch.MaxInFlight,
                (run, token) => batchPlayer.PlayAsync(run, batch, token),
                (state, done) => responseStream.WriteAsync(
                    BatchMapping.ToProto(state, plan, done, withInputNames: sent++ == 0, candidates: batch.Candidates is not null), context.CancellationToken),
                context.CancellationToken).ConfigureAwait(false);
            LogBatchCompleted(logger, states);
        }
        catch (BatchFailedException e)
        {
            LogBatchFailed(logger, e.Message);
            throw new RpcException(new global::Grpc.Core.Status(StatusCode.Aborted, e.Message));
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            LogBatchCancelled(logger);
            throw;
        }
    }

    private RunEntry Find(string runId) => store.Recall(runId) ?? throw RpcErrors.UnknownRun(runId);

    /// <summary>The name diagnostics give the scenario; a name too long or with control characters is refused (it is repeated in every diagnostic).</summary>
    private static string FileName(string file)
    {
        if (string.IsNullOrWhiteSpace(file))
        {
            return DefaultFileName;
        }

        if (file.Length > OrchestratorOptions.MaxFileNameLength || file.Any(char.IsControl))
        {
            var why = $"expected a file name of at most {OrchestratorOptions.MaxFileNameLength} characters without control characters, got {file.Length} characters";
            throw RpcErrors.InvalidArgument($"scenario_file: {why}.", [("scenario_file", why)]);
        }

        return file;
    }

    // The Core's rule picks the strategy; a refusal names the field, with the name cut short (it is echoed).
    private static StrategySpec ChooseStrategy(string file, Scenario scenario, string name)
    {
        var choice = StrategyResolution.Resolve(scenario, name);
        if (choice.Strategy is { } strategy)
        {
            return strategy;
        }

        if (choice.ScenarioHasNone)
        {
            throw RpcErrors.InvalidArgument($"{file}: the scenario defines no strategy to run.", [("strategy", "the scenario defines no strategy")]);
        }

        var shown = RpcErrors.Shorten(name, 80);
        var names = string.Join(", ", choice.Known);
        throw RpcErrors.InvalidArgument(
            $"{file}: no strategy named '{shown}'; the scenario's strategies are {names}.",
            [("strategy", $"no strategy named '{shown}'; the scenario's strategies are {names}")]);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Run accepted: {File}, strategy {Strategy}, seed {Seed}.")]
    private static partial void LogAccepted(ILogger logger, string file, string strategy, ulong seed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Batch accepted: {File}, design {Design}, {States} states × {Runs} runs (strategies or candidates), seed {Seed}, {InFlight} runs in flight.")]
    private static partial void LogBatchAccepted(ILogger logger, string file, string design, int states, int runs, ulong seed, int inFlight);

    [LoggerMessage(Level = LogLevel.Information, Message = "Batch completed: {States} states sent.")]
    private static partial void LogBatchCompleted(ILogger logger, int states);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Batch failed: {Reason}")]
    private static partial void LogBatchFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Batch cancelled by the client; its runs in flight were cancelled and ended.")]
    private static partial void LogBatchCancelled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run cancelled on request.")]
    private static partial void LogCancelled(ILogger logger);
}
