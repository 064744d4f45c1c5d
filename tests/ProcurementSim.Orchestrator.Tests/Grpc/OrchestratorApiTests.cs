using Google.Rpc;
using Grpc.Core;
using ProcurementSim.Core.Loading;
using ProcurementSim.Orchestrator.Tests.Support;
using ProcurementSim.Protocol.V1;
using ProcurementSim.Testing.Clients;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Orchestrator.Tests.Grpc;

public sealed class OrchestratorApiTests(OrchestratorAlone orchestrator) : IClassFixture<OrchestratorAlone>
{
    private const string UnknownRun = "run-0123456789abcdef0123456789abcdef";

    private OrchestratorApi Api => orchestrator.Api;

    private static string Broken()
    {
        // Two planner's mistakes: a misspelt top-level key and a probability above 1.
        var text = ReferenceScenarios.Text(ReferenceScenarios.TeachingMinimal)
            .Replace("\nreview_overhead:", "\nreveiw_overhead:", StringComparison.Ordinal)
            .Replace("accreditation_failure_probability: 0\n", "accreditation_failure_probability: 1.5\n", StringComparison.Ordinal);
        Assert.Contains("reveiw_overhead", text, StringComparison.Ordinal);
        Assert.Contains("1.5", text, StringComparison.Ordinal);
        return text;
    }

    [Fact]
    public async Task StartRun_with_a_broken_scenario_is_refused_with_every_diagnostic_as_a_field_violation()
    {
        var text = Broken();
        var expected = ScenarioLoader.LoadText(text, "broken.yaml").Diagnostics;
        Assert.Equal(2, expected.Count);

        var e = await Assert.ThrowsAsync<RpcException>(() => Api.StartRunAsync(new StartRunRequest { ScenarioYaml = text, ScenarioFile = "broken.yaml" }));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Equal("broken.yaml: the scenario has 2 problems.", e.Status.Detail);
        var violations = e.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations;
        Assert.NotNull(violations);
        Assert.Equal(expected.Select(d => ($"broken.yaml:{d.Line}:{d.Column}", d.Message)), violations.Select(v => (v.Field, v.Description)));
    }

    [Fact]
    public async Task ValidateScenario_reports_the_same_diagnostics_as_the_loader()
    {
        var text = Broken();

        var response = await Api.ValidateScenarioAsync(new ValidateScenarioRequest { ScenarioYaml = text, ScenarioFile = "broken.yaml" });

        Assert.False(response.Valid);
        Assert.Equal(
            ScenarioLoader.LoadText(text, "broken.yaml").Diagnostics,
            response.Diagnostics.Select(d => new Diagnostic(d.File, d.Line, d.Column, d.Message)));
    }

    [Fact]
    public async Task ValidateScenario_describes_a_valid_scenario()
    {
        var scenario = ReferenceScenarios.Load(ReferenceScenarios.Standoff);

        var response = await Api.ValidateScenarioAsync(new ValidateScenarioRequest
        {
            ScenarioYaml = ReferenceScenarios.Text(ReferenceScenarios.Standoff),
            ScenarioFile = ReferenceScenarios.Standoff,
        });

        Assert.True(response.Valid);
        Assert.Empty(response.Diagnostics);
        Assert.Equal(scenario.Name, response.Name);
        Assert.Equal(scenario.Strategies.Select(s => s.Name), response.Strategies);
        Assert.Equal(scenario.Ticks, response.Ticks);
        Assert.Equal(scenario.Categories.Count, response.Categories);
        Assert.Equal(scenario.Vendors.Count, response.Vendors);
    }

    [Fact]
    public async Task StartRun_with_an_unknown_strategy_is_refused_with_the_strategies_of_the_scenario()
    {
        var e = await Assert.ThrowsAsync<RpcException>(() => Api.StartRunAsync(new StartRunRequest
        {
            ScenarioYaml = ReferenceScenarios.Text(ReferenceScenarios.TeachingMinimal),
            ScenarioFile = "teaching-minimal.yaml",
            Strategy = "structured_replacment",
        }));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        var names = string.Join(", ", ReferenceScenarios.Load(ReferenceScenarios.TeachingMinimal).Strategies.Select(s => s.Name));
        Assert.Equal($"teaching-minimal.yaml: no strategy named 'structured_replacment'; the scenario's strategies are {names}.", e.Status.Detail);
        Assert.Equal("strategy", Assert.Single(e.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }

    [Fact]
    public async Task An_unknown_run_is_not_found_on_GetResult_WatchRun_and_CancelRun()
    {
        var errors = new[]
        {
            await Assert.ThrowsAsync<RpcException>(() => Api.GetResultAsync(UnknownRun)),
            await Assert.ThrowsAsync<RpcException>(() => Api.WatchRunAsync(UnknownRun)),
            await Assert.ThrowsAsync<RpcException>(() => Api.CancelRunAsync(UnknownRun)),
        };

        Assert.All(errors, e =>
        {
            Assert.Equal(StatusCode.NotFound, e.StatusCode);
            Assert.Contains(UnknownRun, e.Status.Detail, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("")]
    [InlineData("42")]
    [InlineData("run-0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("../etc/passwd")]
    public async Task A_run_id_of_the_wrong_shape_is_an_invalid_argument_on_the_run_id_field(string runId)
    {
        var e = await Assert.ThrowsAsync<RpcException>(() => Api.GetResultAsync(runId));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Equal("run_id", Assert.Single(e.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }

    [Fact]
    public async Task A_run_whose_actor_service_cannot_be_reached_fails_with_a_sentence_naming_the_service_and_lists_as_failed()
    {
        var started = await Api.StartRunAsync(new StartRunRequest
        {
            ScenarioYaml = ReferenceScenarios.Text(ReferenceScenarios.TeachingMinimal),
            ScenarioFile = "teaching-minimal.yaml",
            Seed = 7,
        });
        Assert.Equal(7UL, started.Seed);
        Assert.Equal("status_quo", started.Strategy);

        var snapshots = await Api.WatchRunAsync(started.RunId);

        var last = snapshots[^1];
        Assert.Equal(RunState.Failed, last.State);
        Assert.StartsWith($"Before tick 0: InitRun on the Agency service at {orchestrator.DeadAddress} failed: Unavailable", last.Error, StringComparison.Ordinal);
        var e = await Assert.ThrowsAsync<RpcException>(() => Api.GetResultAsync(started.RunId));
        Assert.Equal(StatusCode.FailedPrecondition, e.StatusCode);
        Assert.Contains(last.Error, e.Status.Detail, StringComparison.Ordinal);
        var listed = (await Api.ListRunsAsync()).Runs.Single(r => r.RunId == started.RunId);
        Assert.Equal(RunState.Failed, listed.State);
        Assert.Equal(last.Error, listed.Error);
    }
}
