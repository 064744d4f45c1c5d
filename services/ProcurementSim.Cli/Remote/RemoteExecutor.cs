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
/// means the orchestrator runs another version of procsim: that stops the command with a sentence.
/// </summary>
internal sealed class RemoteExecutor(RemoteTarget orchestrator, string file) : IExperimentExecutor
{
    public async Task<int> RunAsync(ExperimentPlan plan, int parallel, Action<StateOutcome> sink, IProgress<long> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(progress);
        // The plan was made from this file a moment ago, so it reads; a file changed since is the loader's to report.
        var yaml = ScenarioText.Read(file, TextWriter.Null)
            ?? throw new UserInputException($"{CliApp.Name}: cannot read '{file}' again to send it to the orchestrator.");
        var request = Request(plan, yaml, file, parallel);
        using var remote = new RemoteOrchestrator(orchestrator);
        var next = 0;
        return await remote.RunBatchAsync(request, message =>
        {
            var state = ToState(message, plan, next, remote.Url);
            sink(state);
            next++;
            progress.Report(Math.Max(message.RunsDone, (long)next * plan.Strategies.Count));
        }, cancellationToken).ConfigureAwait(false);
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

    /// <summary>The state streamed, rebuilt and checked against this plan; <paramref name="expected"/> is the state due next.</summary>
    /// <exception cref="CommandFailedException">The state is not the one due, or does not match the plan.</exception>
    private static StateOutcome ToState(BatchStateResult message, ExperimentPlan plan, int expected, string url)
    {
        try
        {
            return BatchMapping.ToCore(message, plan, expected);
        }
        catch (FormatException e)
        {
            throw new CommandFailedException(
                $"{CliApp.Name}: the orchestrator at {url} {e.Message}: it runs another version of procsim; use the same version on both sides.", ExitCodes.InternalError);
        }
    }
}
