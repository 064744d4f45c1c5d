using MassTransit;
using ProcurementSim.Contracts;
using ProcurementSim.IntegrationTests.Bus;

namespace ProcurementSim.IntegrationTests.Broker;

[Collection(BrokerCollection.Name)]
public sealed class RabbitMqBrokerTests(RabbitMqBroker broker)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public void The_broker_is_reached_with_its_own_user_never_guest()
    {
        var uri = new Uri(broker.AmqpUrl);

        Assert.Equal("amqp", uri.Scheme);
        var user = uri.UserInfo.Split(':')[0];
        Assert.NotEmpty(user);
        if (broker.Source != BrokerSource.EnvironmentVariable)
        {
            Assert.NotEqual("guest", user);
        }
    }

    [Fact]
    public void A_private_local_node_listens_on_its_own_port_not_on_a_system_nodes_5672()
    {
        var uri = new Uri(broker.AmqpUrl);
        if (broker.Source == BrokerSource.LocalNode)
        {
            Assert.NotEqual(5672, uri.Port);
            Assert.Equal("127.0.0.1", uri.Host);
        }
    }

    [Fact]
    public async Task A_published_message_is_consumed_through_the_broker()
    {
        var probe = new MessageProbe<Ping>();
        await using var bus = await TestBus.StartAsync(broker.AmqpUrl, e => e.Consumer(() => new PingConsumer(probe)));
        var ping = new Ping(Guid.NewGuid(), "over the wire");

        await bus.Bus.Publish(ping);

        var received = await probe.WaitForAsync(1, Patience);
        Assert.Equal(ping, Assert.Single(received));
    }

    [Fact]
    public async Task A_run_event_published_as_its_typed_record_is_consumed_as_IRunEvent_with_the_same_data()
    {
        var probe = new MessageProbe<IRunEvent>();
        await using var bus = await TestBus.StartAsync(broker.AmqpUrl, e => e.Consumer(() => new RunEventConsumer(probe)));
        var data = new RunEventData(7, 1, 2, "partnership_reduced", "agency", "vendor-a", "The agency cut tasking to 40 %.", Key: true);
        var published = RunEvents.Create("run-42", data);

        // Published by its runtime type, as the actor services do; bound to the IRunEvent exchange through the interface.
        await bus.Bus.Publish((object)published);

        var received = Assert.Single(await probe.WaitForAsync(1, Patience));
        Assert.Equal("run-42", received.RunId);
        Assert.Equal(data, received.Event);
    }

    [Fact]
    public async Task A_message_delivered_twice_with_the_same_MessageId_is_applied_once()
    {
        var ledger = new Ledger();
        var deliveries = new MessageProbe<Guid>();
        await using var bus = await TestBus.StartAsync(broker.AmqpUrl, e =>
        {
            // One at a time, so both copies are in flight against the same state in order; the check must hold anyway.
            e.PrefetchCount = 1;
            e.Consumer(() => new IdempotentDepositConsumer(ledger, deliveries));
        });
        var repeated = Guid.NewGuid();
        var other = Guid.NewGuid();

        await bus.Bus.Publish(new Deposit("acct", 100), ctx => ctx.MessageId = repeated);
        await bus.Bus.Publish(new Deposit("acct", 100), ctx => ctx.MessageId = repeated);
        await bus.Bus.Publish(new Deposit("acct", 5), ctx => ctx.MessageId = other);

        var seen = await deliveries.WaitForAsync(3, Patience);
        Assert.Equal(2, seen.Count(id => id == repeated));
        Assert.Equal(3, ledger.Deliveries);
        Assert.Equal(105, ledger.BalanceOf("acct"));
    }
}
