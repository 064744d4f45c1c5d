using System.Globalization;
using Grpc.AspNetCore.Server;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using ProcurementSim.ActorHost.Events;
using ProcurementSim.Core.Messages;
using ProcurementSim.IntegrationTests.Broker;
using ProcurementSim.IntegrationTests.Support;
using ProcurementSim.Orchestrator.Store;
using ProcurementSim.Testing.Clients;
using ProcurementSim.Testing.Hosting;
using Xunit.Abstractions;

namespace ProcurementSim.IntegrationTests.Faults;

/// <summary>
/// Every message delivered twice, on both paths: each event published twice on the real broker (the orchestrator
/// must store it once) and each actor-to-actor delivery handed to the receiving service twice (it must apply it once
/// and answer the second Ack.duplicate). The runs give the embedded bytes and their event logs hold every event
/// once. (Messages out of order: <see cref="EndToEnd.ArrivalOrderTests"/>.)
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class DuplicateDeliveryTests(RabbitMqBroker broker, ITestOutputHelper output)
{
    private const int Runs = 3;

    [Fact]
    public async Task Every_event_published_twice_and_every_delivery_applied_twice_give_the_embedded_bytes_and_each_event_stored_once()
    {
        var counts = new DuplicateCounts();
        await using var system = await DistributedSystem.StartAsync(broker.AmqpUrl, new DistributedSystemOptions
        {
            ConfigureActorService = (builder, _, _) =>
            {
                builder.Services.AddSingleton(counts);
                builder.Services.Configure<GrpcServiceOptions>(grpc => grpc.Interceptors.Add<DeliveredTwice>());
                builder.Services.AddScoped(sp => new EventPublisher(new PublishedTwice(sp.GetRequiredService<IPublishEndpoint>(), counts)));
            },
        });
        using var channel = OrchestratorApi.Channel(system.Orchestrator.GrpcAddress);
        var api = new OrchestratorApi(channel.CreateCallInvoker());

        var runs = await FaultPlay.StartAsync(api, Enumerable.Range(1, Runs).Select(i => (ulong)(400 + i)));
        var final = await FaultPlay.UntilAsync(api, runs, FaultPlay.AllEnded, () => string.Empty);

        var ledger = new FaultLedger();
        ledger.Injected(string.Create(CultureInfo.InvariantCulture, $"{counts.Events} events published twice"));
        ledger.Injected(string.Create(CultureInfo.InvariantCulture, $"{counts.Deliveries} deliveries applied twice"));
        var log = system.Orchestrator.App.Services.GetRequiredService<IRunLog>();
        foreach (var run in runs)
        {
            await ledger.CheckFilesAsync(api, run, final.Single(r => r.RunId == run.Id));
            ledger.CheckEvents(log, run);
        }

        output.WriteLine(ledger.Summary());
        Assert.Equal(Runs, ledger.RunsChecked);
        // The duplicates were sent, and each second delivery was recognised as one.
        // Every event an actor published went out twice (the orchestrator's own inject events are not published).
        var actorEvents = runs.Sum(r => log.Events(r.Id).Count(e => e.ActorId != ActorIds.Orchestrator));
        Assert.Equal(actorEvents, counts.Events);
        Assert.True(counts.Deliveries > 0, "no delivery was applied twice");
        Assert.Equal(counts.Deliveries, counts.AcknowledgedAsDuplicates);
        Assert.All(final, r => Assert.Equal(0, r.Recoveries));
    }
}
