using ProcurementSim.Cli.Experiments;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Protocol.Mapping;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.Cli.Remote;

/// <summary>
/// Plays the plan on the orchestrator at <c>--remote URL</c>: sends the scenario's text and the request (never the
/// runs: the orchestrator builds the same plan with the same Core code), with <c>parallel</c> runs in flight, and
/// turns each state it streams back, in plan order, into the <see cref="StateOutcome"/> the embedded mode makes; the
/// metrics travel as proto doubles, so the files are the same bytes. A state whose inputs differ from this plan's
/// means the orchestrator runs another version of procsim: that stops the command with a sentence. Candidate settings
/// of a strategy's levers (optimize) travel the same way: the request names the levers and carries each candidate's
/// values, and each state comes back with a run per candidate.
/// </summary>
internal sealed class RemoteExecutor(RemoteTarget orchestrator, string file) : IExperimentExecutor
{
    public Task<int> RunAsync(ExperimentPlan plan, int parallel, Action<StateOutcome> sink, IProgress<long> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return PlayAsync(plan, Request(plan, ReadScenario(), file, parallel), plan.Strategies.Count, (message, next) => BatchMapping.ToCore(message, plan, next),
            sink, progress, cancellationToken);
    }

    /// <summary>Plays every candidate of <paramref name="batch"/> in every state of its plan: each state (in plan order) with a run per candidate, in candidate order.</summary>
    public Task<int> RunCandidatesAsync(CandidateBatch batch, int parallel, Action<StateOutcome> sink, IProgress<long> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return PlayAsync(batch.Plan, CandidateRequest(batch, ReadScenario(), file, parallel), batch.Count, (message, next) => BatchMapping.ToCore(message, batch, next),
            sink, progress, cancellationToken);
    }

    /// <summary>What RunBatch is asked: the plan's own request, with <paramref name="parallel"/> runs in flight.</summary>
    public static RunBatchRequest Request(ExperimentPlan plan, string yaml, string file, int parallel)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var request = new RunBatchRequest
        {
            ScenarioYaml = yaml,
            ScenarioFile = file,
            Design = BatchMapping.ToProto(plan.Request.Design),
            Samples = plan.Request.Samples,
            Replications = plan.Request.Replications,
            Seed = plan.Request.Seed,
            IncludeLevers = plan.Request.IncludeLevers,
            RecordCapability = plan.Request.RecordCapability,
            MaxInFlight = Math.Clamp(parallel, 1, 1024),
            FirstState = 0,
        };
        request.Strategies.Add(plan.Strategies.Select(s => s.Name));
        return request;
    }

    /// <summary>What RunBatch is asked for a batch of candidates: the states of its plan, its one strategy, the levers by name and each candidate's values.</summary>
    public static RunBatchRequest CandidateRequest(CandidateBatch batch, string yaml, string file, int parallel)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var request = Request(batch.Plan, yaml, file, parallel);
        request.Strategies.Clear();
        request.Strategies.Add(batch.Strategy);
        request.LeverNames.Add(batch.Levers.Select(l => l.Name));
        for (var c = 0; c < batch.Count; c++)
        {
            request.Candidates.Add(new LeverValues { Values = { batch.ValuesOf(c) } });
        }

        return request;
    }

    private async Task<int> PlayAsync(ExperimentPlan plan, RunBatchRequest request, int runsPerState, Func<BatchStateResult, int, StateOutcome> toCore,
        Action<StateOutcome> sink, IProgress<long> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(progress);
        using var remote = new RemoteOrchestrator(orchestrator);
        var next = 0;
        return await remote.RunBatchAsync(request, message =>
        {
            sink(ToState(() => toCore(message, next), remote.Url));
            next++;
            progress.Report(Math.Max(message.RunsDone, (long)next * runsPerState));
        }, cancellationToken).ConfigureAwait(false);
    }

    // The plan was made from this file a moment ago, so it reads; a file changed since is the loader's to report.
    private string ReadScenario() => ScenarioText.Read(file, TextWriter.Null)
        ?? throw new UserInputException($"{CliApp.Name}: cannot read '{file}' again to send it to the orchestrator.");

    /// <summary>The state streamed, rebuilt and checked against this plan (the state due next).</summary>
    /// <exception cref="CommandFailedException">The state is not the one due, or does not match the plan.</exception>
    private static StateOutcome ToState(Func<StateOutcome> rebuild, string url)
    {
        try
        {
            return rebuild();
        }
        catch (FormatException e)
        {
            throw new CommandFailedException(
                $"{CliApp.Name}: the orchestrator at {url} {e.Message}: it runs another version of procsim; use the same version on both sides.", ExitCodes.InternalError);
        }
    }
}
