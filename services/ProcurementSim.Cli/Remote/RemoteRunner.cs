using System.Globalization;
using ProcurementSim.Cli.Output;
using ProcurementSim.Cli.Running;
using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Results;
using ProcurementSim.Protocol.V1;
using ProcurementSim.Reporting;

namespace ProcurementSim.Cli.Remote;

/// <summary>
/// Plays the run on the orchestrator at <c>--remote URL</c>: sends the scenario's text, shows the progress it streams,
/// fetches the three files (written byte for byte as received) and reads result.json back for the summary.
/// </summary>
internal sealed class RemoteRunner(RemoteTarget url, IProgressDisplay progress) : IScenarioRunner
{
    public PlayedRun? Run(RunRequest request, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(error);
        if (ScenarioText.Read(request.File, error) is not { } yaml)
        {
            return null;
        }

        using var orchestrator = new RemoteOrchestrator(url);
        var started = orchestrator.Start(yaml, request.File, request.Strategy, request.Seed);
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{CliApp.Name}: run {started.RunId} started on {orchestrator.Url} (strategy {started.Strategy}, seed {started.Seed}, {started.Ticks} weeks)"));
        var last = progress.ShowAsync(started.Ticks, p => orchestrator.WatchAsync(started.RunId, s => p.Report(s.Tick + 1))).GetAwaiter().GetResult();
        if (last.State != RunState.Completed)
        {
            var why = last.State == RunState.Failed ? $"failed: {last.Error}" : "was cancelled.";
            throw new CommandFailedException($"{CliApp.Name}: run {started.RunId} on the orchestrator at {orchestrator.Url} {why}", ExitCodes.InternalError);
        }

        var files = orchestrator.Result(started.RunId);
        var result = ResultJsonReader.FromBytes(files.ResultJson.Span);
        // The orchestrator accepted this very text, so it loads here too; the summary needs the scenario itself.
        var scenario = ScenarioLoader.LoadText(yaml, request.File).Scenario
            ?? throw new InvalidOperationException($"{request.File} loads on the orchestrator but not here: the two run different versions of procsim.");
        var strategy = scenario.FindStrategy(result.Strategy)
            ?? throw new InvalidOperationException($"The orchestrator played strategy '{result.Strategy}', which {request.File} does not define.");
        return new PlayedRun(scenario, strategy, result,
        [
            ("result.json", files.ResultJson.ToByteArray()),
            ("timeline.csv", files.TimelineCsv.ToByteArray()),
            // Rendered here, not fetched: the same writer over the same result gives the same bytes, and the
            // orchestrator keeps its CPU for running (rendering costs about 100 ms a report).
            ("report.html", HtmlReport.ToBytes(result, scenario.CapabilityThreshold)),
        ]);
    }
}
