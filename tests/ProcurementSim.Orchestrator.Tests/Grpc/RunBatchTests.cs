using Google.Rpc;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using ProcurementSim.Core.Loading;
using ProcurementSim.Orchestrator.Tests.Support;
using ProcurementSim.Protocol.V1;
using ProcurementSim.ServiceDefaults;
using ProcurementSim.Testing.Clients;
using ProcurementSim.Testing.Hosting;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Orchestrator.Tests.Grpc;

/// <summary>
/// RunBatch's refusals, against an orchestrator whose bus has no actor service on it: the request is checked before
/// any run is placed, and a run no replica takes fails the batch with a sentence naming it.
/// </summary>
public sealed class RunBatchTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private OrchestratorApi _api = null!;

    public async Task InitializeAsync()
    {
        const string Nowhere = "http://127.0.0.1:9";
        _app = await ServiceHosts.StartOrchestratorAsync(Nowhere, Nowhere, Nowhere, new Dictionary<string, string?>
        {
            ["Orchestrator:PlacementTimeoutSeconds"] = "1",
        });
        _api = new OrchestratorApi(_app.GrpcAddress());
    }

    public async Task DisposeAsync()
    {
        _api.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static RunBatchRequest Valid() => new()
    {
        ScenarioYaml = ReferenceScenarios.Text(ReferenceScenarios.TeachingMinimal),
        ScenarioFile = ReferenceScenarios.TeachingMinimal,
        Design = ExperimentDesign.MonteCarlo,
        Samples = 3,
        Replications = 2,
        MaxInFlight = 2,
        Strategies = { "status_quo", "structured_replacement" },
    };

    [Fact]
    public async Task An_invalid_scenario_is_InvalidArgument_with_each_diagnostic_as_a_field_violation()
    {
        var request = Valid();
        request.ScenarioYaml = request.ScenarioYaml.Replace("ticks: 12", "ticks: many", StringComparison.Ordinal);
        var diagnostics = ScenarioLoader.LoadText(request.ScenarioYaml, request.ScenarioFile).Diagnostics;

        var e = await Assert.ThrowsAsync<RpcException>(() => _api.RunBatchAsync(request));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Equal($"{ReferenceScenarios.TeachingMinimal}: the scenario has {(diagnostics.Count == 1 ? "1 problem" : $"{diagnostics.Count} problems")}.", e.Status.Detail);
        Assert.Equal(
            diagnostics.Select(d => ($"{d.File}:{d.Line}:{d.Column}", d.Message)),
            e.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => (v.Field, v.Description)));
    }

    [Fact]
    public async Task Every_bad_field_is_named_in_one_InvalidArgument()
    {
        var request = Valid();
        request.Samples = 0;
        request.MaxInFlight = 1025;
        request.Design = (ExperimentDesign)7;
        request.Strategies.Add("ultimatum");
        request.Strategies.Add("status_quo");

        var e = await Assert.ThrowsAsync<RpcException>(() => _api.RunBatchAsync(request));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Equal(
        [
            ("design", "7 is not a design; expected monte carlo (0), latin hypercube (1), factorial (2) or sobol (3)"),
            ("samples", "0 is out of range; expected a whole number from 1 to 10,000,000"),
            ("max_in_flight", "1025 is out of range; expected a whole number from 1 to 1,024"),
            ("strategies[2]", "no strategy named 'ultimatum'; the scenario's strategies are status_quo, structured_replacement"),
            ("strategies[3]", "'status_quo' is listed twice"),
        ], e.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => (v.Field, v.Description)));
        Assert.StartsWith($"{ReferenceScenarios.TeachingMinimal}: the batch cannot be played: design: 7 is not a design", e.Status.Detail, StringComparison.Ordinal);
        Assert.EndsWith("(and 4 more).", e.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_first_state_past_the_plan_is_refused_with_the_plans_size()
    {
        var request = Valid();
        request.FirstState = 6;

        var e = await Assert.ThrowsAsync<RpcException>(() => _api.RunBatchAsync(request));

        // 3 samples × 2 replications = 6 states, numbered 0 to 5.
        var violation = Assert.Single(e.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations);
        Assert.Equal(("first_state", "6 is past the plan's last state; the plan has 6 states (0 to 5)"), (violation.Field, violation.Description));
    }

    [Fact]
    public async Task A_run_no_replica_takes_fails_the_batch_with_a_sentence_naming_the_run_and_the_placement_queue()
    {
        var request = Valid();
        request.MaxInFlight = 1;

        var e = await Assert.ThrowsAsync<RpcException>(() => _api.RunBatchAsync(request));

        // One run in flight: the first, state 0 (sample 0, replication 0) under the first strategy, waits for the agency first.
        Assert.Equal(StatusCode.Aborted, e.StatusCode);
        Assert.Equal(
            "State 0 (sample 0, replication 0), strategy 'status_quo': Before tick 0: no replica of the agency service took the run within 1 s " +
            "(placement queue 'placement-claim-agency'): are its replicas up and connected to RabbitMQ, and do they have room (ProcSim:RunCapacity)?",
            e.Status.Detail);
    }
}
