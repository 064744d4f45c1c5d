using Google.Rpc;
using Grpc.Core;
using ProcurementSim.ActorHost.Grpc;
using ProcurementSim.ActorHost.Runs;
using ProcurementSim.ActorHost.Tests.Support;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Experiments.Distributions;
using ProcurementSim.Core.Messages;
using ProcurementSim.Core.Scenarios;
using WireInput = ProcurementSim.Protocol.V1.InputValue;

namespace ProcurementSim.ActorHost.Tests;

/// <summary>An experiment's sampled inputs in InitRun: checked, applied as the orchestrator applies them, and part of the run's identity.</summary>
[Collection(ActorServicesCollection.Name)]
public sealed class OverrideTests(ActorServices services)
{
    // teaching-minimal with one uncertainty and a lever of each strategy kind played there.
    private static readonly ExperimentSpec Sampled = new(
        [new UncertaintySpec("accreditation", "vendors.replacement_a.replacement.accreditation_weeks", new IntegerUniformDistribution(1, 4))],
        [new LeverSpec("solicit", "structured_replacement", "solicit_week", new IntegerUniformDistribution(1, 3))],
        []);

    [Fact]
    public async Task InitRun_with_an_override_the_scenario_does_not_know_is_InvalidArgument_naming_the_field_and_creates_nothing()
    {
        var file = ScenarioFile.Read("teaching-minimal.yaml");
        var run = new DistributedRun(services, file, file.Strategy("status_quo"), 1);
        var request = run.InitRequest([ActorIds.Agency]);
        request.Overrides.Add(new WireInput { Name = "accreditation_weeks", Value = 3 });

        var e = await Assert.ThrowsAsync<RpcException>(() => services.Agency.Lifecycle.InitRunAsync(request));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        var violation = Assert.Single(e.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations);
        Assert.Equal("overrides[0].name", violation.Field);
        // teaching-minimal.yaml declares no uncertainty and no lever.
        Assert.Equal("'accreditation_weeks' is neither an uncertainty nor a lever of scenario 'teaching-minimal' (it has none)", violation.Description);
        Assert.Null(services.Agency.Runs!.Find(run.RunId));
    }

    [Fact]
    public void An_uncertainty_and_a_lever_of_the_runs_strategy_are_applied_as_the_orchestrator_applies_them()
    {
        var file = ScenarioFile.Read("teaching-minimal.yaml");
        var scenario = file.Scenario;
        var strategy = scenario.FindStrategy("structured_replacement")!;
        IReadOnlyList<InputValue> overrides = [new("accreditation", 3), new("solicit", 2)];
        var errors = new FieldErrors();

        var (sampled, played) = InitRunChecks.ApplyOverrides(scenario, Sampled, strategy, overrides, errors);

        Assert.Equal(0, errors.Count);
        // What every process computes from the scenario as written and the same overrides.
        var expectedScenario = RunOverrides.ApplyUncertainties(scenario, Sampled, overrides);
        Assert.Equal(expectedScenario.Vendors[1].Replacement, sampled.Vendors[1].Replacement);
        Assert.Equal(RunOverrides.ApplyLevers(Sampled, strategy, overrides).Parameters.Values, played.Parameters.Values);
        if (!ReferenceEquals(expectedScenario, scenario))
        {
            // With the parameter registry in place the values land where the specs point: the file says 2 weeks and
            // solicit_week 1; the overrides say 3 and 2.
            Assert.Equal(3, sampled.Vendors[1].Replacement!.AccreditationWeeks);
            Assert.Equal(2, played.Parameters.Int("solicit_week"));
        }
    }

    [Fact]
    public void A_lever_of_another_strategy_a_repeated_name_and_a_value_that_is_not_finite_are_each_a_violation()
    {
        var file = ScenarioFile.Read("teaching-minimal.yaml");
        var scenario = file.Scenario;
        var errors = new FieldErrors();

        var (sampled, played) = InitRunChecks.ApplyOverrides(scenario, Sampled, scenario.FindStrategy("status_quo")!,
            [new("solicit", 2), new("accreditation", double.NaN), new("accreditation", 2)], errors);

        var e = Assert.Throws<RpcException>(() => errors.ThrowIfAny("InitRun refused"));
        var fields = e.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => (v.Field, v.Description)).ToList();
        Assert.Equal(
        [
            ("overrides[0].name", "'solicit' is a lever of strategy 'structured_replacement', not of 'status_quo', which this run plays"),
            ("overrides[1].value", "NaN is not a finite number"),
            ("overrides[2].name", "'accreditation' is given twice"),
        ], fields);
        // Nothing is applied when the overrides are refused.
        Assert.Same(scenario, sampled);
        Assert.Same(scenario.FindStrategy("status_quo"), played);
    }

    [Fact]
    public void Two_InitRuns_are_the_same_run_only_with_the_same_overrides_bit_for_bit()
    {
        var peers = new Dictionary<int, string> { [1] = "http://127.0.0.1:1" };
        RunInputs With(params InputValue[] overrides) => new("yaml", "f.yaml", "status_quo", 1, 4, peers, overrides);
        static InputValue I(string name, double value) => new(name, value);

        Assert.True(With(I("a", 1.5), I("b", 2)).SameRunAs(With(I("a", 1.5), I("b", 2))));
        Assert.False(With(I("a", 1.5), I("b", 2)).SameRunAs(With(I("b", 2), I("a", 1.5))));
        Assert.False(With(I("a", 1.5)).SameRunAs(With(I("a", 1.5000000000000002))));
        // 0.0 == -0.0 as numbers, but they are different inputs on the wire.
        Assert.False(With(I("a", 0.0)).SameRunAs(With(I("a", -0.0))));
        Assert.False(With(I("a", 1.5)).SameRunAs(With()));
    }
}
