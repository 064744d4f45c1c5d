using ProcurementSim.ActorHost.Tests.Support;
using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Results;

namespace ProcurementSim.ActorHost.Tests;

/// <summary>
/// The actor side's equivalence proof: a run driven over the three actor services (real Kestrel, typed delivery
/// RPCs, events over the bus) gives the embedded engine's result.json and timeline.csv byte for byte.
/// </summary>
[Collection(ActorServicesCollection.Name)]
public sealed class DistributedRunTests(ActorServices services)
{
    [Theory]
    [InlineData("teaching-minimal.yaml", "status_quo", null)]
    [InlineData("teaching-minimal.yaml", "structured_replacement", null)]
    [InlineData("usage-policy-standoff.yaml", "structured_replacement", null)]
    [InlineData("usage-policy-standoff.yaml", "structured_replacement", 7UL)]
    public async Task A_run_over_the_actor_services_writes_the_embedded_result_byte_for_byte(string scenario, string strategy, ulong? seed)
    {
        var file = ScenarioFile.Read(scenario);
        var spec = file.Strategy(strategy);
        var s = seed ?? file.Scenario.Seed;
        var embedded = Simulator.Run(file.Scenario, spec, s);

        var run = new DistributedRun(services, file, spec, s);
        var distributed = await run.PlayAsync();

        Assert.Equal(ResultJsonWriter.ToBytes(embedded), ResultJsonWriter.ToBytes(distributed));
        Assert.Equal(TimelineCsvWriter.ToBytes(embedded), TimelineCsvWriter.ToBytes(distributed));
        Assert.Null(services.Agency.Runs!.Find(run.RunId)); // EndRun released it
        Assert.Null(services.Vendor.Runs!.Find(run.RunId));
        Assert.Null(services.Replacement.Runs!.Find(run.RunId));
    }

    public static TheoryData<string, string> EveryStrategyOfEveryReferenceScenario()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in new[] { "teaching-minimal.yaml", "usage-policy-standoff.yaml", "fragile-transition.yaml" })
        {
            foreach (var strategy in ScenarioFile.Read(name).Scenario.Strategies) data.Add(name, strategy.Name);
        }
        return data;
    }

    // Every playbook, so every message kind and delivery RPC, and the reference scenarios' injects and random draws.
    [Theory]
    [MemberData(nameof(EveryStrategyOfEveryReferenceScenario))]
    public async Task Every_reference_scenario_and_strategy_gives_the_embedded_result(string scenario, string strategy)
    {
        var file = ScenarioFile.Read(scenario);
        var spec = file.Strategy(strategy);

        var distributed = await new DistributedRun(services, file, spec, file.Scenario.Seed).PlayAsync();

        Assert.Equal(ResultJsonWriter.ToBytes(Simulator.Run(file.Scenario, spec, file.Scenario.Seed)), ResultJsonWriter.ToBytes(distributed));
    }
}
