using System.Globalization;
using Grpc.AspNetCore.Server;
using Microsoft.Extensions.DependencyInjection;
using ProcurementSim.IntegrationTests.Broker;
using ProcurementSim.IntegrationTests.Support;
using ProcurementSim.Protocol.V1;
using ProcurementSim.Testing.Clients;
using ProcurementSim.Testing.Hosting;
using ProcurementSim.Testing.Scenarios;
using Xunit.Abstractions;

namespace ProcurementSim.IntegrationTests.EndToEnd;

/// <summary>
/// The order in which an actor's messages arrive never matters: the receiver applies them at the next tick in
/// canonical order. Shown on the real services with a server interceptor on the actor services
/// (<see cref="ReorderedDeliveries"/>) that holds each inbox's messages back and hands them over in sender order, in
/// reverse, or shuffled: the same runs played in each order give the embedded bytes every time.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class ArrivalOrderTests(RabbitMqBroker broker, ITestOutputHelper output)
{
    // The pairs whose inboxes most often hold several messages at once (up to three): every actor-to-actor message of
    // the reference scenarios is sparse, so most inboxes hold one.
    private static readonly (string File, string Strategy)[] Pairs =
    [
        ("fragile-transition.yaml", "immediate_termination"),
        (ReferenceScenarios.Standoff, "immediate_termination"),
        (ReferenceScenarios.Standoff, "structured_replacement"),
    ];

    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task The_same_runs_with_every_inbox_delivered_in_sender_order_in_reverse_and_shuffled_give_the_embedded_bytes()
    {
        var reorder = new ReorderedDeliveries(TimeSpan.FromMilliseconds(100), seed: 20260227);
        await using var system = await DistributedSystem.StartAsync(broker.AmqpUrl, new DistributedSystemOptions
        {
            ConfigureActorService = (builder, _, _) =>
            {
                builder.Services.AddSingleton(reorder);
                builder.Services.Configure<GrpcServiceOptions>(grpc => grpc.Interceptors.Add<ReorderedDeliveries>());
            },
        });
        using var channel = OrchestratorApi.Channel(system.Orchestrator.GrpcAddress);
        var api = new OrchestratorApi(channel.CreateCallInvoker());

        var plays = new Dictionary<DeliveryOrder, string[]>();
        foreach (var order in Enum.GetValues<DeliveryOrder>())
        {
            reorder.Order = order;
            plays[order] = await Task.WhenAll(Pairs.Select(async pair =>
            {
                var started = await api.StartRunAsync(new StartRunRequest
                {
                    ScenarioYaml = ReferenceScenarios.Text(pair.File),
                    ScenarioFile = pair.File,
                    Strategy = pair.Strategy,
                });
                var last = await api.WatchToEndAsync(started.RunId, RunTimeout);
                Assert.True(last.State == RunState.Completed, $"{pair} with deliveries in {order}: run {started.RunId} ended {last.State}: {last.Error}");
                var files = await api.GetResultAsync(started.RunId);
                var embedded = EmbeddedFiles.Of(pair.File, pair.Strategy, report: false);
                SameBytes.Assert(embedded.ResultJson, files.ResultJson.ToByteArray(), $"result.json of {pair} with deliveries in {order}");
                SameBytes.Assert(embedded.TimelineCsv, files.TimelineCsv.ToByteArray(), $"timeline.csv of {pair} with deliveries in {order}");
                return started.RunId;
            }));
        }

        // The test means something only if the order did change: inboxes (run, recipient, tick) that received several
        // messages, reached in sender order in the one play and out of it in the reversed one.
        var arrivals = reorder.Arrivals;
        for (var p = 0; p < Pairs.Length; p++)
        {
            var inOrder = Inboxes(arrivals, plays[DeliveryOrder.SenderOrder][p]);
            var reversed = Inboxes(arrivals, plays[DeliveryOrder.Reversed][p]);
            var crowded = inOrder.Keys.Where(k => inOrder[k].Count > 1).ToList();
            var turned = crowded.Count(k => reversed.TryGetValue(k, out var r) && !IsSenderOrder(r));
            var summary = string.Create(CultureInfo.InvariantCulture,
                $"{Pairs[p]}: {inOrder.Count} inboxes, {crowded.Count} with several messages, {turned} of them reached out of sender order in the reversed play");
            output.WriteLine(summary);
            Assert.True(crowded.Count > 0, summary);
            Assert.True(turned > 0, summary);
        }
    }

    private static Dictionary<(int To, int Tick), List<(int From, int Sequence)>> Inboxes(IReadOnlyList<Arrival> arrivals, string runId) =>
        arrivals.Where(a => a.RunId == runId)
            .GroupBy(a => (a.To, a.Tick))
            .ToDictionary(g => g.Key, g => g.Select(a => (a.From, a.Sequence)).ToList());

    private static bool IsSenderOrder(List<(int From, int Sequence)> inbox) => inbox.SequenceEqual(inbox.Order());
}
