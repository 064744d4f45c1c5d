using System.Text;
using Google.Rpc;
using Grpc.Core;
using ProcurementSim.Orchestrator.Tests.Support;
using ProcurementSim.Protocol.V1;
using ProcurementSim.Testing.Clients;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Orchestrator.Tests.Grpc;

/// <summary>Issue #5: hostile requests get a precise status (never Unknown or Internal) and the service keeps answering.</summary>
public sealed class RequestLimitsTests(OrchestratorAlone orchestrator) : IClassFixture<OrchestratorAlone>
{
    private OrchestratorApi Api => orchestrator.Api;

    private static string Valid => ReferenceScenarios.Text(ReferenceScenarios.TeachingMinimal);

    [Fact]
    public async Task A_request_over_the_message_size_limit_is_refused_with_ResourceExhausted_and_the_service_keeps_answering()
    {
        // 2 MiB of scenario text: above the orchestrator's 1 MiB + 64 KiB request limit.
        var e = await Assert.ThrowsAsync<RpcException>(() => Api.ValidateScenarioAsync(new ValidateScenarioRequest { ScenarioYaml = new string('#', 2 << 20) }));

        Assert.Equal(StatusCode.ResourceExhausted, e.StatusCode);
        Assert.True((await Api.ValidateScenarioAsync(new ValidateScenarioRequest { ScenarioYaml = Valid })).Valid);
    }

    [Fact]
    public async Task A_scenario_over_1_MiB_but_under_the_message_limit_gets_the_loaders_size_diagnostic()
    {
        // 1 MiB + 1 byte: passes the transport's limit (1 MiB + 64 KiB), so the loader's own limit answers at 1:1.
        var response = await Api.ValidateScenarioAsync(new ValidateScenarioRequest { ScenarioYaml = Valid + new string('#', 1 << 20), ScenarioFile = "big.yaml" });

        Assert.False(response.Valid);
        var only = Assert.Single(response.Diagnostics);
        Assert.Equal(("big.yaml", 1, 1), (only.File, only.Line, only.Column));
        Assert.Contains("larger than 1 MiB", only.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scenario_file_name_too_long_is_refused_by_every_call_that_takes_one()
    {
        var name = new string('x', 257); // one past the 256-character limit

        var validate = await Assert.ThrowsAsync<RpcException>(() => Api.ValidateScenarioAsync(new ValidateScenarioRequest { ScenarioYaml = Valid, ScenarioFile = name }));
        var start = await Assert.ThrowsAsync<RpcException>(() => Api.StartRunAsync(new StartRunRequest { ScenarioYaml = Valid, ScenarioFile = name }));
        var batch = await Assert.ThrowsAsync<RpcException>(() => Api.RunBatchAsync(new RunBatchRequest { ScenarioYaml = Valid, ScenarioFile = name, Samples = 1, Replications = 1, MaxInFlight = 1 }));

        Assert.All(new[] { validate, start, batch }, e =>
        {
            Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
            Assert.Equal("scenario_file", Assert.Single(Violations(e)).Field);
        });
    }

    [Fact]
    public async Task A_file_name_with_a_line_break_is_refused()
    {
        var e = await Assert.ThrowsAsync<RpcException>(() => Api.ValidateScenarioAsync(new ValidateScenarioRequest { ScenarioYaml = Valid, ScenarioFile = "a\nb.yaml" }));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Equal("scenario_file", Assert.Single(Violations(e)).Field);
    }

    [Fact]
    public async Task A_huge_malformed_run_id_is_refused_without_echoing_it_whole()
    {
        var id = new string('z', 100_000);

        var result = await Assert.ThrowsAsync<RpcException>(() => Api.GetResultAsync(new GetResultRequest { RunId = id }));
        var cancel = await Assert.ThrowsAsync<RpcException>(() => Api.CancelRunAsync(id));
        var watch = await Assert.ThrowsAsync<RpcException>(() => Api.WatchRunAsync(id));

        Assert.All(new[] { result, cancel, watch }, e =>
        {
            Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
            Assert.Equal("run_id", Assert.Single(Violations(e)).Field);
            // 80 characters of the id, the count and the sentence: far from the 100,000 sent.
            Assert.True(e.Status.Detail.Length < 300, e.Status.Detail);
        });
    }

    [Fact]
    public async Task A_long_strategy_name_is_refused_as_unknown_without_echoing_it_whole()
    {
        var e = await Assert.ThrowsAsync<RpcException>(() => Api.StartRunAsync(new StartRunRequest { ScenarioYaml = Valid, Strategy = new string('s', 50_000) }));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Equal("strategy", Assert.Single(Violations(e)).Field);
        Assert.True(e.Status.Detail.Length < 500, e.Status.Detail);
    }

    [Fact]
    public async Task A_scenario_with_hundreds_of_problems_is_refused_with_the_first_100_as_field_violations()
    {
        // 500 unknown top-level keys: 500 diagnostics, one per key.
        var text = new StringBuilder(Valid);
        for (var i = 0; i < 500; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"unknown_{i}: 1\n");
        }

        var e = await Assert.ThrowsAsync<RpcException>(() => Api.StartRunAsync(new StartRunRequest { ScenarioYaml = text.ToString(), ScenarioFile = "many.yaml" }));
        var validated = await Api.ValidateScenarioAsync(new ValidateScenarioRequest { ScenarioYaml = text.ToString(), ScenarioFile = "many.yaml" });

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Equal(100, Violations(e).Count);
        Assert.Equal("many.yaml: the scenario has 500 problems. The first 100 are listed; ValidateScenario returns them and counts the rest.", e.Status.Detail);
        // The loader keeps the first 100 problems and counts the rest in one last diagnostic (a bounded answer to any paste).
        Assert.Equal(101, validated.Diagnostics.Count);
        Assert.StartsWith("scenario: 400 more problems from here on are not shown", validated.Diagnostics[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_whose_deadline_has_passed_gets_DeadlineExceeded_and_the_service_keeps_answering()
    {
        var e = await Assert.ThrowsAsync<RpcException>(() => Api.ValidateScenarioAsync(new ValidateScenarioRequest { ScenarioYaml = Valid }, DateTime.UtcNow.AddSeconds(-1)));

        Assert.Equal(StatusCode.DeadlineExceeded, e.StatusCode);
        Assert.True((await Api.ValidateScenarioAsync(new ValidateScenarioRequest { ScenarioYaml = Valid })).Valid);
    }

    [Fact]
    public async Task An_unknown_well_formed_run_id_is_NotFound_for_every_call_that_takes_one()
    {
        const string unknown = "run-00000000000000000000000000000000";

        var result = await Assert.ThrowsAsync<RpcException>(() => Api.GetResultAsync(unknown));
        var cancel = await Assert.ThrowsAsync<RpcException>(() => Api.CancelRunAsync(unknown));
        var watch = await Assert.ThrowsAsync<RpcException>(() => Api.WatchRunAsync(unknown));

        Assert.All(new[] { result, cancel, watch }, e => Assert.Equal(StatusCode.NotFound, e.StatusCode));
    }

    private static IReadOnlyList<BadRequest.Types.FieldViolation> Violations(RpcException e) =>
        e.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations ?? (IReadOnlyList<BadRequest.Types.FieldViolation>)[];
}
