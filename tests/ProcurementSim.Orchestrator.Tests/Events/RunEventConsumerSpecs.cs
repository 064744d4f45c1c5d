using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using ProcurementSim.Contracts;
using ProcurementSim.Orchestrator.Events;

namespace ProcurementSim.Orchestrator.Tests.Events;

public sealed class RunEventConsumerSpecs : IAsyncLifetime
{
    private const string Run = "run-0123456789abcdef0123456789abcdef";

    private ServiceProvider _provider = null!;
    private ITestHarness _harness = null!;
    private RunEventBuffer _buffer = null!;

    public async Task InitializeAsync()
    {
        _provider = new ServiceCollection()
            .AddSingleton<RunEventBuffer>()
            .AddLogging()
            .AddMassTransitTestHarness(bus => bus.AddConsumer<RunEventConsumer>())
            .BuildServiceProvider(validateScopes: true);
        _harness = _provider.GetRequiredService<ITestHarness>();
        _buffer = _provider.GetRequiredService<RunEventBuffer>();
        _buffer.Open(Run);
        await _harness.Start();
    }

    public async Task DisposeAsync()
    {
        await _harness.Stop();
        await _provider.DisposeAsync();
    }

    // Waits (up to the harness's timeout) until at least `count` messages were consumed and returns how many were.
    private async Task<int> Consumed(int count)
    {
        var seen = 0;
        await foreach (var _ in _harness.Consumed.SelectAsync<IRunEvent>())
        {
            if (++seen == count)
            {
                break;
            }
        }

        return seen;
    }

    private static RunEventData Data(string kind, int tick = 3, int actor = 1, int sequence = 0) =>
        new(tick, actor, sequence, kind, "agency", "incumbent", $"{kind} #{sequence}", Key: true);

    [Theory]
    [InlineData("partnership_reduced", typeof(PartnershipReduced))]
    [InlineData("termination_notice", typeof(PartnershipTerminated))]
    [InlineData("solicitation_issued", typeof(SolicitationIssued))]
    [InlineData("contract_awarded", typeof(ContractAwarded))]
    [InlineData("accreditation_failed", typeof(AccreditationGranted))]
    [InlineData("red_line_breach", typeof(ComplianceIncidentReported))]
    [InlineData("clarification_requested", typeof(ClarificationRequested))]
    [InlineData("bid_submitted", typeof(RunEventRecorded))]
    public async Task Every_typed_event_published_as_its_concrete_type_reaches_the_consumer_of_IRunEvent(string kind, Type type)
    {
        var message = RunEvents.Create(Run, Data(kind));
        Assert.IsType(type, message);

        // The actor services publish the concrete record (as object), so that is what must arrive here.
        await _harness.Bus.Publish((object)message);

        Assert.True(await _harness.Consumed.Any<IRunEvent>(x => x.Context.Message.Event.Kind == kind));
        Assert.Equal([Data(kind)], _buffer.Take(Run, 3, 1));
    }

    [Fact]
    public async Task The_same_event_delivered_twice_is_stored_once()
    {
        await _harness.Bus.Publish((object)RunEvents.Create(Run, Data("contract_awarded")));
        await _harness.Bus.Publish((object)RunEvents.Create(Run, Data("contract_awarded")));

        Assert.Equal(2, await Consumed(2));
        Assert.Equal(1, _buffer.Count(Run, 3, 1));
    }

    [Fact]
    public async Task The_barrier_of_a_tick_and_actor_completes_only_when_its_count_of_distinct_events_arrived()
    {
        var barrier = _buffer.WaitForAsync(Run, 3, 1, 2, CancellationToken.None);

        await _harness.Bus.Publish((object)RunEvents.Create(Run, Data("solicitation_issued", sequence: 1)));
        await _harness.Bus.Publish((object)RunEvents.Create(Run, Data("solicitation_issued", sequence: 1)));
        await _harness.Bus.Publish((object)RunEvents.Create(Run, Data("bid_submitted", tick: 4, sequence: 0)));
        await _harness.Bus.Publish((object)RunEvents.Create(Run, Data("bid_submitted", actor: 2, sequence: 0)));
        Assert.Equal(4, await Consumed(4));
        Assert.False(barrier.IsCompleted);

        await _harness.Bus.Publish((object)RunEvents.Create(Run, Data("contract_awarded", sequence: 0)));

        await barrier.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal([0, 1], _buffer.Take(Run, 3, 1).Select(e => e.Sequence));
    }

    [Fact]
    public async Task Events_of_a_run_not_in_play_are_dropped()
    {
        const string other = "run-ffffffffffffffffffffffffffffffff";

        await _harness.Bus.Publish((object)RunEvents.Create(other, Data("contract_awarded")));

        Assert.True(await _harness.Consumed.Any<IRunEvent>(x => x.Context.Message.RunId == other));
        Assert.Equal(0, _buffer.Count(other, 3, 1));
    }
}
