using Google.Rpc;
using Grpc.Core;
using ProcurementSim.Orchestrator.Tests.Support;
using ProcurementSim.Protocol.V1;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Orchestrator.Tests.Grpc;

/// <summary>
/// RunBatch with candidate settings of a strategy's levers (procsim optimize --remote): what the levers do not admit is
/// refused with INVALID_ARGUMENT naming the field, before any run is placed (the orchestrator has no actor service;
/// BatchTests plays admitted candidates on real ones).
/// The standoff's structured replacement has three levers: solicit_week (whole numbers 4..20), cutover_readiness
/// (0.6..0.95) and parallel_run_share (one of 0, 0.25, 0.5).
/// </summary>
public sealed class RunBatchCandidateTests(OrchestratorAlone orchestrator) : IClassFixture<OrchestratorAlone>
{
    private const string Week = "structured_replacement.solicit_week";
    private const string Readiness = "structured_replacement.cutover_readiness";
    private const string Share = "structured_replacement.parallel_run_share";

    private static RunBatchRequest Valid(params double[][] candidates)
    {
        var request = new RunBatchRequest
        {
            ScenarioYaml = ReferenceScenarios.Text(ReferenceScenarios.Standoff),
            ScenarioFile = ReferenceScenarios.Standoff,
            Design = ExperimentDesign.LatinHypercube,
            Samples = 2,
            Replications = 1,
            MaxInFlight = 1,
            Strategies = { "structured_replacement" },
            LeverNames = { Week, Readiness, Share },
        };
        foreach (var values in candidates.Length > 0 ? candidates : [[4, 0.6, 0], [20, 0.95, 0.5]])
        {
            request.Candidates.Add(new LeverValues { Values = { values } });
        }

        return request;
    }

    private async Task<(string Field, string Description)[]> Refused(RunBatchRequest request, string detail)
    {
        var e = await Assert.ThrowsAsync<RpcException>(() => orchestrator.Api.RunBatchAsync(request));
        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.StartsWith($"{ReferenceScenarios.Standoff}: the batch cannot be played: {detail}", e.Status.Detail, StringComparison.Ordinal);
        return [.. e.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => (v.Field, v.Description))];
    }

    [Fact]
    public async Task Candidates_of_more_than_one_strategy_with_sampled_levers_or_too_many_are_refused_with_every_field_named()
    {
        var request = Valid();
        request.Strategies.Add("status_quo");
        request.IncludeLevers = true;
        for (var c = 0; c < 9_999; c++) request.Candidates.Add(new LeverValues { Values = { 4, 0.6, 0 } });

        var problems = await Refused(request, "strategies: candidates set the levers of one strategy, and 2 are named; name exactly one (and 2 more).");

        Assert.Equal(
        [
            ("strategies", "candidates set the levers of one strategy, and 2 are named; name exactly one"),
            ("include_levers", "candidates set the levers themselves; leave include_levers false"),
            ("candidates", "10,001 candidates are more than the 10,000 a batch may play; send them in several batches"),
        ], problems);
    }

    [Fact]
    public async Task A_lever_of_another_strategy_an_unknown_one_or_one_named_twice_is_refused()
    {
        var unknown = Valid();
        unknown.LeverNames[1] = "structured_replacement.courage";
        Assert.Equal(("lever_names[1]", $"'structured_replacement.courage' is not a lever of strategy 'structured_replacement'; its levers are {Week}, {Readiness}, {Share}"),
            Assert.Single(await Refused(unknown, "lever_names[1]: ")));

        var twice = Valid();
        twice.LeverNames[2] = Week;
        Assert.Equal(("lever_names[2]", $"'{Week}' is named twice"), Assert.Single(await Refused(twice, "lever_names[2]: ")));

        var without = Valid();
        without.Candidates.Clear();
        Assert.Equal(("lever_names", "lever names are given without candidates; send the candidates too, or no lever names"),
            Assert.Single(await Refused(without, "lever_names: ")));
    }

    [Fact]
    public async Task A_value_outside_its_levers_range_not_whole_where_whole_numbers_are_asked_or_not_in_the_list_is_refused_naming_the_candidate()
    {
        Assert.Equal(("candidates[1]", $"21 is outside the range of lever '{Week}' (whole numbers 4..20)"),
            Assert.Single(await Refused(Valid([4, 0.6, 0], [21, 0.6, 0]), "candidates[1]: ")));
        Assert.Equal(("candidates[0]", $"7.5 is outside the range of lever '{Week}' (whole numbers 4..20)"),
            Assert.Single(await Refused(Valid([7.5, 0.6, 0]), "candidates[0]: ")));
        Assert.Equal(("candidates[0]", $"0.5 is outside the range of lever '{Readiness}' (uniform(min 0.6, max 0.95))"),
            Assert.Single(await Refused(Valid([4, 0.5, 0]), "candidates[0]: ")));
        Assert.StartsWith($"0.3 is outside the range of lever '{Share}' (",
            Assert.Single(await Refused(Valid([4, 0.6, 0.3]), "candidates[0]: ")).Description, StringComparison.Ordinal);
        Assert.Equal(("candidates[0]", $"NaN is outside the range of lever '{Week}' (whole numbers 4..20)"),
            Assert.Single(await Refused(Valid([double.NaN, 0.6, 0]), "candidates[0]: ")));
        Assert.Equal(("candidates[0]", "has 2 values for 3 levers"), Assert.Single(await Refused(Valid([4, 0.6]), "candidates[0]: ")));
    }
}
