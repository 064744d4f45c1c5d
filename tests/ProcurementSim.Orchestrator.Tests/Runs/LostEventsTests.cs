using ProcurementSim.Orchestrator.Tests.Support;
using ProcurementSim.Protocol.V1;
using ProcurementSim.Testing.Clients;
using ProcurementSim.Testing.Hosting;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Orchestrator.Tests.Runs;

/// <summary>The actors' events never reach the orchestrator (as if the bus lost them): the tick cannot be recorded.</summary>
public sealed class LostEventsTests(LostEventsTests.System system) : IClassFixture<LostEventsTests.System>
{
    /// <summary>The four services, with the event stream cut and a 1 s barrier.</summary>
    public sealed class System : IAsyncLifetime
    {
        public InProcessSystem Services { get; } = new()
        {
            DeliverEvents = false,
            OrchestratorSettings = new Dictionary<string, string?> { ["Orchestrator:EventBarrierTimeoutSeconds"] = "1" },
        };

        public Task InitializeAsync() => Services.InitializeAsync();

        public Task DisposeAsync() => Services.DisposeAsync();
    }

    [Fact]
    public async Task A_tick_whose_events_do_not_arrive_fails_the_run_with_a_sentence_naming_the_tick_and_the_actor()
    {
        var scenario = ReferenceScenarios.Load(ReferenceScenarios.Standoff);
        using var api = new OrchestratorApi(system.Services.OrchestratorAddress);
        var started = await api.StartRunAsync(new StartRunRequest
        {
            ScenarioYaml = ReferenceScenarios.Text(ReferenceScenarios.Standoff),
            ScenarioFile = ReferenceScenarios.Standoff,
            Strategy = "structured_replacement",
        });

        var last = (await api.WatchRunAsync(started.RunId))[^1];

        // The first tick in which an actor (not the orchestrator's injects) logs an event is where the run stops.
        var embedded = Core.Engine.Simulator.Run(scenario, scenario.FindStrategy("structured_replacement")!, scenario.Seed);
        var firstTick = embedded.Events.First(e => e.Actor != "orchestrator").Tick;
        Assert.Equal(RunState.Failed, last.State);
        Assert.Equal(firstTick - 1, last.Tick);
        Assert.Matches(
            $"^Tick {firstTick}: (the agency \\(actor 1\\)|vendor '[a-z_]+' \\(actor [0-9]+\\)) published [0-9]+ events?, but the bus delivered 0 of them within 1 s\\.$",
            last.Error);
    }
}
