using MassTransit;

namespace ProcurementSim.IntegrationTests.Bus;

/// <summary>
/// A MassTransit bus on the test broker with one receive endpoint whose queue is unique to the test and
/// deleted when the bus stops, so tests never see each other's messages.
/// </summary>
public sealed class TestBus : IAsyncDisposable
{
    private readonly IBusControl bus;

    private TestBus(IBusControl bus) => this.bus = bus;

    public IBus Bus => bus;

    public static async Task<TestBus> StartAsync(string amqpUrl, Action<IRabbitMqReceiveEndpointConfigurator> configureEndpoint)
    {
        var uri = new Uri(amqpUrl);
        var (user, password) = Credentials(uri);
        var virtualHost = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        var bus = MassTransit.Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(uri.Host, Port(uri), virtualHost.Length == 0 ? "/" : virtualHost, h =>
            {
                h.Username(user);
                h.Password(password);
            });
            cfg.ReceiveEndpoint($"procsim-test-{Guid.NewGuid():N}", e =>
            {
                e.AutoDelete = true;
                e.Durable = false;
                configureEndpoint(e);
            });
        });
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var handle = await bus.StartAsync(cts.Token);
        await handle.Ready.WaitAsync(cts.Token);
        return new TestBus(bus);
    }

    public async ValueTask DisposeAsync() => await bus.StopAsync(TimeSpan.FromSeconds(30));

    private static ushort Port(Uri uri) => uri.Port > 0 ? (ushort)uri.Port : uri.Scheme == "amqps" ? (ushort)5671 : (ushort)5672;

    private static (string User, string Password) Credentials(Uri uri)
    {
        var parts = uri.UserInfo.Split(':', 2);
        return parts.Length == 2
            ? (Uri.UnescapeDataString(parts[0]), Uri.UnescapeDataString(parts[1]))
            : throw new ArgumentException("The broker URL carries no user:password.", nameof(uri));
    }
}
