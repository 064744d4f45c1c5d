using FsCheck.Xunit;
using Google.Rpc;
using Grpc.Core;
using ProcurementSim.Orchestrator.Tests.Support;
using ProcurementSim.Protocol.V1;
using ProcurementSim.Testing.Fuzz;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Orchestrator.Tests.Grpc;

/// <summary>
/// Issue #5: random mutations of the reference scenarios (the loader's <see cref="MutationGenerators"/>) sent over
/// real gRPC to ValidateScenario and StartRun. Every answer is OK or INVALID_ARGUMENT with field violations, never
/// Unknown or Internal, and the service still answers a valid call afterwards. Seeded (Replay) so a failure reproduces.
/// </summary>
public sealed class ApiFuzzProperties(OrchestratorAlone orchestrator) : IClassFixture<OrchestratorAlone>
{
    private static readonly string[] Bases =
    [
        ReferenceScenarios.Text(ReferenceScenarios.TeachingMinimal),
        ReferenceScenarios.Text(ReferenceScenarios.Standoff),
        ReferenceScenarios.Text("fragile-transition.yaml"),
    ];

    [Property(MaxTest = 200, Replay = "(20261127,1234567891)", Arbitrary = [typeof(MutationGenerators)])]
    public void A_mutated_scenario_is_answered_OK_or_InvalidArgument_with_field_violations(int baseIndex, Mutation[] mutations)
    {
        var text = mutations.Aggregate(Bases[((baseIndex % Bases.Length) + Bases.Length) % Bases.Length], (t, m) => m.Apply(t));

        var validated = orchestrator.Api.ValidateScenarioAsync(new ValidateScenarioRequest { ScenarioYaml = text, ScenarioFile = "fuzz.yaml" }).GetAwaiter().GetResult();
        Assert.True(validated.Valid == (validated.Diagnostics.Count == 0), validated.ToString());

        try
        {
            var started = orchestrator.Api.StartRunAsync(new StartRunRequest { ScenarioYaml = text, ScenarioFile = "fuzz.yaml" }).GetAwaiter().GetResult();
            Assert.True(validated.Valid, "StartRun accepted a scenario ValidateScenario refused");
            Assert.Equal(validated.Strategies[0], started.Strategy);
        }
        catch (RpcException e)
        {
            Assert.True(e.StatusCode == StatusCode.InvalidArgument, $"{e.StatusCode}: {e.Status.Detail}");
            Assert.NotEmpty(e.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations ?? []);
            Assert.False(validated.Valid, "StartRun refused a scenario ValidateScenario accepted: " + e.Status.Detail);
        }
    }

    [Fact]
    public async Task After_the_fuzzing_a_valid_scenario_is_still_accepted()
    {
        // Same host fixture as the property; xunit runs a class's tests in sequence but does not promise this runs
        // second. Each property case also starts with a ValidateScenario that must succeed, which checks health throughout.
        var response = await orchestrator.Api.ValidateScenarioAsync(new ValidateScenarioRequest { ScenarioYaml = Bases[0] });

        Assert.True(response.Valid);
        Assert.Equal("teaching-minimal", response.Name);
    }
}
