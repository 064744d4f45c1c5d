using System.Diagnostics;
using Grpc.Core;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ProcurementSim.ActorHost.Runs;
using ProcurementSim.ActorHost.Ticks;
using ProcurementSim.Protocol.Mapping;
using ProcurementSim.Protocol.V1;
using ProcurementSim.ServiceDefaults;

namespace ProcurementSim.ActorHost.Grpc;

/// <summary>The run lifecycle every actor service serves: the orchestrator creates a run's actors, steps them and releases them.</summary>
public sealed partial class RunLifecycleService(ActorRuns runs, TickPlayer player, IHostApplicationLifetime lifetime, ILogger<RunLifecycleService> logger)
    : RunLifecycle.RunLifecycleBase
{
    /// <inheritdoc />
    public override Task<InitRunResponse> InitRun(InitRunRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var scope = logger.BeginRunScope(request.RunId);
        var plan = InitRunChecks.Check(request);
        var outcome = runs.Init(request.RunId, plan.Inputs, plan.Scenario, plan.Strategy, plan.ActorIds);
        if (outcome == InitOutcome.Conflict)
        {
            throw RpcErrors.FailedPrecondition(
                $"run '{request.RunId}' is already initialised here with other inputs, or its actors have started playing; use a new run id");
        }
        if (outcome == InitOutcome.Full)
        {
            throw RpcErrors.ResourceExhausted(
                $"this replica holds {runs.ActiveRuns} runs, its limit (ProcSim:MaxRuns); end runs with EndRun, or try another replica later");
        }
        LogInitialised(logger, string.Join(", ", plan.ActorIds), plan.Scenario.Name, plan.Strategy.Name, outcome == InitOutcome.Created);
        return Task.FromResult(new InitRunResponse());
    }

    /// <inheritdoc />
    public override Task<AdvanceTickResponse> AdvanceTick(AdvanceTickRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        return PlayAsync(request, context.CancellationToken);
    }

    /// <inheritdoc />
    public override Task AdvanceTicks(IAsyncStreamReader<TickStreamRequest> requestStream, IServerStreamWriter<TickStreamResponse> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(responseStream);
        ArgumentNullException.ThrowIfNull(context);
        return new TickStreamSession(PlayAsync, answers => WriteEachAsync(responseStream, answers), context.CancellationToken, lifetime.ApplicationStopping)
            .RunAsync(requestStream, request => [request]);
    }

    /// <inheritdoc />
    public override Task AdvanceTickWaves(IAsyncStreamReader<TickWaveRequest> requestStream, IServerStreamWriter<TickWaveResponse> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(responseStream);
        ArgumentNullException.ThrowIfNull(context);
        return new TickStreamSession(PlayAsync, answers => WriteWaveAsync(responseStream, answers), context.CancellationToken, lifetime.ApplicationStopping)
            .RunAsync(requestStream, wave => wave.Ticks);
    }

    /// <summary>One tick of one actor, as AdvanceTick and the tick stream play it; a refusal is its RpcException.</summary>
    internal Task<AdvanceTickResponse> PlayAsync(AdvanceTickRequest request, CancellationToken cancellationToken) => PlayAsync(request, null, cancellationToken);

    /// <summary>As above; <paramref name="trace"/> is the orchestrator's tick's trace context (the tick stream's entries carry it).</summary>
    internal async Task<AdvanceTickResponse> PlayAsync(AdvanceTickRequest request, ActivityContext? trace, CancellationToken cancellationToken)
    {
        AdvanceTickChecks.CheckForm(request);
        using var scope = logger.BeginRunScope(request.RunId, request.ActorId);
        var run = runs.Find(request.RunId) ?? throw RpcErrors.UnknownRun(request.RunId);
        var plan = AdvanceTickChecks.Check(request, run);
        try
        {
            return ToResponse(await player.PlayAsync(run, plan.Actor, request.Tick, plan.Injects, plan.Expected, trace, cancellationToken).ConfigureAwait(false));
        }
        catch (TickRefusedException e)
        {
            throw RpcErrors.FailedPrecondition(e.Message);
        }
        catch (TickUnfinishedException e)
        {
            throw RpcErrors.Unavailable(e.Message);
        }
    }

    /// <inheritdoc />
    public override Task<EndRunResponse> EndRun(EndRunRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        RequestText.CheckRunId(errors, request.RunId, "run_id");
        errors.ThrowIfAny("EndRun refused");
        using var scope = logger.BeginRunScope(request.RunId);
        // Idempotent: the RunCompleted event may have released the run already.
        LogEnded(logger, runs.Forget(request.RunId));
        return Task.FromResult(new EndRunResponse());
    }

    /// <inheritdoc />
    public override Task<DescribeRunResponse> DescribeRun(DescribeRunRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        RequestText.CheckRunId(errors, request.RunId, "run_id");
        errors.ThrowIfAny("DescribeRun refused");
        var response = new DescribeRunResponse { InstanceId = runs.InstanceId };
        if (runs.Find(request.RunId) is { } run)
        {
            response.Held = true;
            response.ActorIds.Add(run.ActorIds);
        }

        return Task.FromResult(response);
    }

    // No token: a server stream writer ends with its call, and one wrapped by an interceptor may not take a
    // cancellable write at all (NotSupportedException), as InboxService found.
    private static async Task WriteEachAsync(IServerStreamWriter<TickStreamResponse> responses, IReadOnlyList<TickStreamResponse> answers)
    {
        foreach (var answer in answers) await responses.WriteAsync(answer).ConfigureAwait(false);
    }

    private static Task WriteWaveAsync(IServerStreamWriter<TickWaveResponse> responses, IReadOnlyList<TickStreamResponse> answers)
    {
        var wave = new TickWaveResponse();
        wave.Answers.AddRange(answers);
        return responses.WriteAsync(wave);
    }

    // The counts as recorded (messages_sent in order of each recipient's first message) and the report, mapped once in ReportMapping.
    private static AdvanceTickResponse ToResponse(TickAnswer answer)
    {
        var response = new AdvanceTickResponse { ActorId = answer.ActorId, Tick = answer.Tick, EventsPublished = answer.EventsPublished };
        foreach (var (to, count) in answer.MessagesSent) response.MessagesSent.Add(to, count);
        if (answer.Agency is { } agency) response.Agency = ReportMapping.ToProto(agency);
        if (answer.Vendor is { } vendor) response.Vendor = ReportMapping.ToProto(vendor);
        return response;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Hosting actor(s) {ActorIds} of scenario {Scenario}, strategy {Strategy} (new: {Created})")]
    private static partial void LogInitialised(ILogger logger, string actorIds, string scenario, string strategy, bool created);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run ended (state released: {Released})")]
    private static partial void LogEnded(ILogger logger, bool released);
}
