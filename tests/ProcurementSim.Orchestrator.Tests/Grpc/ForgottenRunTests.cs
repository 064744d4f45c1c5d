using Grpc.Core;
using ProcurementSim.Core.Results;
using ProcurementSim.Protocol.V1;
using ProcurementSim.Testing.Clients;
using ProcurementSim.Testing.Hosting;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Orchestrator.Tests.Grpc;

/// <summary>
/// A run the orchestrator forgot from memory (more than Orchestrator:MaxRetainedRuns others finished after it, as with
/// many clients at once) is read back from the run log when a client names it: its files are still served, byte for
/// byte, and only an id no run ever had is NOT_FOUND.
/// </summary>
public sealed class ForgottenRunTests : IAsyncLifetime
{
    private readonly InProcessSystem _system = new() { OrchestratorSettings = new Dictionary<string, string?> { ["Orchestrator:MaxRetainedRuns"] = "1" } };

    public Task InitializeAsync() => _system.InitializeAsync();

    public Task DisposeAsync() => _system.DisposeAsync();

    [Fact]
    public async Task GetResult_of_a_run_forgotten_from_memory_reads_its_files_back_from_the_run_log()
    {
        using var api = new OrchestratorApi(_system.OrchestratorAddress);
        var request = new StartRunRequest
        {
            ScenarioYaml = ReferenceScenarios.Text(ReferenceScenarios.TeachingMinimal),
            ScenarioFile = ReferenceScenarios.TeachingMinimal,
            Strategy = "structured_replacement",
        };
        var first = await api.StartRunAsync(request);
        await api.WatchToEndAsync(first.RunId, TimeSpan.FromMinutes(1));
        var second = await api.StartRunAsync(request);
        await api.WatchToEndAsync(second.RunId, TimeSpan.FromMinutes(1));
        Assert.DoesNotContain(first.RunId, (await api.ListRunsAsync()).Runs.Select(r => r.RunId)); // forgotten from memory

        var files = await api.GetResultAsync(first.RunId, includeReport: false);

        var scenario = ReferenceScenarios.Load(ReferenceScenarios.TeachingMinimal);
        var embedded = Core.Engine.Simulator.Run(scenario, scenario.FindStrategy("structured_replacement")!, scenario.Seed, Core.Engine.RunOptions.Default);
        Assert.Equal(ResultJsonWriter.ToBytes(embedded), files.ResultJson.ToByteArray());
        Assert.Equal(TimelineCsvWriter.ToBytes(embedded), files.TimelineCsv.ToByteArray());
        var unknown = await Assert.ThrowsAsync<RpcException>(() => api.GetResultAsync("run-" + new string('0', 32), includeReport: false));
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }
}
