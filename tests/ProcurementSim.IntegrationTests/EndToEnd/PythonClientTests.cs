using System.Diagnostics;
using ProcurementSim.IntegrationTests.Broker;
using ProcurementSim.IntegrationTests.Support;
using ProcurementSim.Testing.Clients;
using ProcurementSim.Testing.Files;
using ProcurementSim.Testing.Python;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.IntegrationTests.EndToEnd;

/// <summary>
/// docs/examples/python-client: a client in another language, generated from protos/ alone with Debian's protoc and
/// grpc_python_plugin, starts a run on the services, watches every tick from the first, fetches the files in chunks
/// (the same bytes the orchestrator's GetResult gives, which are the embedded run's) and finds the run in ListRuns'
/// pages; a scenario with a mistake gets its problems from the typed ScenarioProblems detail.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class PythonClientTests(OneReplicaSystem fixture)
    : IClassFixture<OneReplicaSystem>
{
    private static readonly string Script = Repository.Path("docs", "examples", "python-client", "procsim_client.py");

    [Fact]
    public async Task The_python_client_plays_a_run_and_fetches_its_files_byte_for_byte()
    {
        using var temp = new TempDirectory();
        var address = new Uri(fixture.System.Orchestrator.GrpcAddress).Authority;

        var (code, output, error) = await RunAsync(address, ReferenceScenarios.TeachingMinimalPath, temp.File("out"), "--report");

        Assert.True(code == 0, $"exit {code}\n{output}\n{error}");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var runId = lines[0].Split(' ')[1].TrimEnd(':');
        var ticks = ReferenceScenarios.Load(ReferenceScenarios.TeachingMinimal).Ticks;
        Assert.Equal(Enumerable.Range(0, ticks).Select(t => $"tick {t}:"), lines.Where(l => l.StartsWith("tick ", StringComparison.Ordinal)).Select(l => l[..(l.IndexOf(':') + 1)]).Distinct());
        Assert.Contains("this one listed", lines[^1], StringComparison.Ordinal);
        using var api = new OrchestratorApi(fixture.System.Orchestrator.GrpcAddress);
        var files = await api.GetResultAsync(runId, includeReport: true);
        Assert.Equal(files.ResultJson.ToByteArray(), File.ReadAllBytes(Path.Combine(temp.File("out"), "result.json")));
        Assert.Equal(files.TimelineCsv.ToByteArray(), File.ReadAllBytes(Path.Combine(temp.File("out"), "timeline.csv")));
        Assert.Equal(files.ReportHtml.ToByteArray(), File.ReadAllBytes(Path.Combine(temp.File("out"), "report.html")));
    }

    [Fact]
    public async Task The_python_client_prints_a_refused_scenarios_problems_from_the_typed_detail_and_exits_2()
    {
        using var temp = new TempDirectory();
        var broken = temp.File("typo.yaml");
        File.WriteAllText(broken, ReferenceScenarios.Text(ReferenceScenarios.TeachingMinimal).Replace("\nticks:", "\ntiks:", StringComparison.Ordinal));

        var (code, _, error) = await RunAsync(new Uri(fixture.System.Orchestrator.GrpcAddress).Authority, broken, temp.File("out"));

        Assert.Equal(2, code);
        Assert.Contains("typo.yaml:10:1: tiks: unknown key; did you mean 'ticks'?", error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(GrpcPython.RequiredPython) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Script);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
