using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using ProcurementSim.ActorHost.Consumers;
using ProcurementSim.ActorHost.Runs;
using ProcurementSim.ActorHost.Tests.Support;
using ProcurementSim.Contracts;
using ProcurementSim.Core.Messages;

namespace ProcurementSim.ActorHost.Tests;

/// <summary>RunCompleted on the bus makes every actor service forget the run (MassTransit's in-memory test harness).</summary>
public sealed class RunCompletedConsumerTests
{
    [Fact]
    public async Task A_completed_run_is_forgotten_and_a_repeat_is_harmless()
    {
        await using var provider = new ServiceCollection()
            .AddSingleton<ActorRuns>()
            .AddSingleton(TimeProvider.System)
            .AddOptions()
            .AddMassTransitTestHarness(x =>
            {
                // Waiting ends at the first match; the generous inactivity timeout only matters on a loaded machine.
                x.SetTestTimeouts(testInactivityTimeout: TimeSpan.FromSeconds(10));
                x.AddConsumer<RunCompletedConsumer, RunCompletedConsumerDefinition>();
            })
            .BuildServiceProvider(true);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        var runs = provider.GetRequiredService<ActorRuns>();
        var file = ScenarioFile.Read("teaching-minimal.yaml");
        var strategy = file.Strategy("status_quo");
        var inputs = new RunInputs(file.Yaml, file.Name, strategy.Name, 1, 0, new Dictionary<int, string>(), []);
        runs.Init("run-1", inputs, file.Scenario, strategy, [ActorIds.Agency]);
        runs.Init("run-2", inputs, file.Scenario, strategy, [ActorIds.Agency]);
        var completed = new RunCompleted("run-1", file.Scenario.Name, strategy.Name, 1, "completed", 0.5);

        await harness.Bus.Publish(completed);
        await harness.Bus.Publish(completed);

        var consumer = harness.GetConsumerHarness<RunCompletedConsumer>();
        var forRun1 = consumer.Consumed.SelectAsync<RunCompleted>(m => m.Context.Message.RunId == "run-1");
        Assert.Equal(2, await AsyncElementListExtensions.Take(forRun1, 2).Count());
        Assert.False(await harness.Published.Any<Fault<RunCompleted>>());
        Assert.Null(runs.Find("run-1"));
        Assert.NotNull(runs.Find("run-2"));
    }

    [Fact]
    public async Task A_completed_run_this_instance_never_held_is_consumed_without_fault()
    {
        await using var provider = new ServiceCollection()
            .AddSingleton<ActorRuns>()
            .AddSingleton(TimeProvider.System)
            .AddOptions()
            .AddMassTransitTestHarness(x =>
            {
                // Waiting ends at the first match; the generous inactivity timeout only matters on a loaded machine.
                x.SetTestTimeouts(testInactivityTimeout: TimeSpan.FromSeconds(10));
                x.AddConsumer<RunCompletedConsumer, RunCompletedConsumerDefinition>();
            })
            .BuildServiceProvider(true);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();

        await harness.Bus.Publish(new RunCompleted("elsewhere", "s", "status_quo", 1, "failed", 0));

        Assert.True(await harness.GetConsumerHarness<RunCompletedConsumer>().Consumed.Any<RunCompleted>());
        Assert.False(await harness.Published.Any<Fault<RunCompleted>>());
    }
}
