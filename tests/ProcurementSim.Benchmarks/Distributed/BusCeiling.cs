using System.Diagnostics;
using MassTransit;

namespace ProcurementSim.Benchmarks.Distributed;

/// <summary>
/// The raw bus ceiling on this machine: MassTransit 8 on the same RabbitMQ, one queue, one consumer that does
/// nothing, publisher confirms on (MassTransit's default, as in the services). Throughput: <c>messages</c> published
/// with up to 200 awaiting their confirm, timed from the first publish to the last consume. Latency: one message at a
/// time, publish to consume.
/// </summary>
internal static class BusCeiling
{
    private const int InFlight = 200;

    public static async Task<(double MessagesPerSecond, double RoundTripMicroseconds)> MeasureAsync(string amqpUrl, int messages, int repeats)
    {
        var consumer = new BenchPingConsumer();
        var uri = new Uri(amqpUrl);
        var credentials = uri.UserInfo.Split(':', 2);
        var virtualHost = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(uri.Host, (ushort)(uri.Port > 0 ? uri.Port : 5672), virtualHost.Length == 0 ? "/" : virtualHost, h =>
            {
                h.Username(Uri.UnescapeDataString(credentials[0]));
                h.Password(Uri.UnescapeDataString(credentials[1]));
            });
            cfg.ReceiveEndpoint($"bench-ceiling-{Guid.NewGuid():N}", e =>
            {
                e.AutoDelete = true;
                e.Durable = false;
                e.Consumer(() => consumer);
            });
        });
        using var start = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await bus.StartAsync(start.Token);
        try
        {
            await ThroughputAsync(bus, consumer, Math.Min(messages, 1_000));
            var rates = new List<double>();
            for (var r = 0; r < repeats; r++) rates.Add(await ThroughputAsync(bus, consumer, messages));

            var trips = new List<double>();
            for (var i = 0; i < 50; i++) await RoundTripAsync(bus, consumer, i);
            for (var i = 0; i < 500; i++) trips.Add(await RoundTripAsync(bus, consumer, i));
            return (Stats.Median(rates), Stats.Median(trips));
        }
        finally
        {
            await bus.StopAsync(TimeSpan.FromSeconds(30));
        }
    }

    private static async Task<double> ThroughputAsync(IBus bus, BenchPingConsumer consumer, int messages)
    {
        consumer.Expect(messages);
        using var window = new SemaphoreSlim(InFlight);
        var clock = Stopwatch.StartNew();
        var publishes = new List<Task>(messages);
        for (var i = 0; i < messages; i++)
        {
            await window.WaitAsync();
            publishes.Add(PublishAsync(bus, i, window));
        }

        await Task.WhenAll(publishes);
        await consumer.AllConsumed.WaitAsync(TimeSpan.FromMinutes(2));
        return messages / clock.Elapsed.TotalSeconds;
    }

    private static async Task PublishAsync(IBus bus, int number, SemaphoreSlim window)
    {
        try
        {
            await bus.Publish(new BenchPing(number, "actor 2 reported readiness in autonomous_lethal_weapons"));
        }
        finally
        {
            window.Release();
        }
    }

    private static async Task<double> RoundTripAsync(IBus bus, BenchPingConsumer consumer, int number)
    {
        consumer.Expect(1);
        var clock = Stopwatch.StartNew();
        await bus.Publish(new BenchPing(number, "one at a time"));
        await consumer.AllConsumed.WaitAsync(TimeSpan.FromSeconds(30));
        return clock.Elapsed.TotalMicroseconds;
    }
}
