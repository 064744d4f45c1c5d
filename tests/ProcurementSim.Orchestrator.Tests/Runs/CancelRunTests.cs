using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using ProcurementSim.Orchestrator.Tests.Support;
using ProcurementSim.Protocol.V1;
using ProcurementSim.ServiceDefaults;
using ProcurementSim.Testing.Clients;
using ProcurementSim.Testing.Hosting;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Orchestrator.Tests.Runs;

/// <summary>
/// Runs held in place: the actor services accept connections and never answer, so a run stays running (its InitRun
/// hangs) and, with one slot, the next stays pending, for as long as the test needs.
/// </summary>
public sealed class CancelRunTests : IAsyncLifetime
{
    private readonly SilentPeer _silent = new();
    private WebApplication _app = null!;
    private OrchestratorApi _api = null!;

    public async Task InitializeAsync()
    {
        _app = await ServiceHosts.StartOrchestratorAsync(_silent.Address, _silent.Address, _silent.Address, new Dictionary<string, string?>
        {
            ["Orchestrator:MaxConcurrentRuns"] = "1",
            ["ProcSim:CallTimeoutSeconds"] = "120",
            ["Orchestrator:CleanupTimeoutSeconds"] = "1",
        });
        _api = new OrchestratorApi(_app.GrpcAddress());
    }

    public async Task DisposeAsync()
    {
        _api.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _silent.Dispose();
    }

    private Task<StartRunResponse> Start() => _api.StartRunAsync(new StartRunRequest
    {
        ScenarioYaml = ReferenceScenarios.Text(ReferenceScenarios.TeachingMinimal),
        ScenarioFile = ReferenceScenarios.TeachingMinimal,
    });

    private async Task<RunState> StateOf(string runId) => (await _api.ListRunsAsync()).Runs.Single(r => r.RunId == runId).State;

    [Fact]
    public async Task A_pending_and_a_running_run_can_be_cancelled_and_then_have_no_result()
    {
        var running = await Start();
        for (var i = 0; i < 100 && await StateOf(running.RunId) != RunState.Running; i++)
        {
            await Task.Delay(50);
        }

        Assert.Equal(RunState.Running, await StateOf(running.RunId));
        var pending = await Start();
        Assert.Equal(RunState.Pending, await StateOf(pending.RunId));
        var notStarted = await Assert.ThrowsAsync<RpcException>(() => _api.GetResultAsync(pending.RunId));
        Assert.Equal(StatusCode.FailedPrecondition, notStarted.StatusCode);
        Assert.Contains("has not started yet", notStarted.Status.Detail, StringComparison.Ordinal);
        var stillRunning = await Assert.ThrowsAsync<RpcException>(() => _api.GetResultAsync(running.RunId));
        Assert.Equal(StatusCode.FailedPrecondition, stillRunning.StatusCode);
        Assert.Contains("is still running (0 of 12 ticks played)", stillRunning.Status.Detail, StringComparison.Ordinal);

        var watching = _api.WatchRunAsync(running.RunId);
        Assert.Equal(RunState.Cancelled, (await _api.CancelRunAsync(pending.RunId)).State);
        Assert.Equal(RunState.Cancelled, (await _api.CancelRunAsync(running.RunId)).State);

        Assert.Equal(RunState.Cancelled, (await watching)[^1].State);
        Assert.Equal(RunState.Cancelled, Assert.Single(await _api.WatchRunAsync(pending.RunId)).State);
        var cancelled = await Assert.ThrowsAsync<RpcException>(() => _api.GetResultAsync(running.RunId));
        Assert.Equal(StatusCode.FailedPrecondition, cancelled.StatusCode);
        Assert.Equal($"Run {running.RunId} was cancelled, so it has no result.", cancelled.Status.Detail);
        // Cancelling a finished run leaves it as it was.
        Assert.Equal(RunState.Cancelled, (await _api.CancelRunAsync(running.RunId)).State);
        Assert.Equal([pending.RunId, running.RunId], (await _api.ListRunsAsync()).Runs.Select(r => r.RunId));
    }
}
