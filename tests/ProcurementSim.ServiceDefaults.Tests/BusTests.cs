using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace ProcurementSim.ServiceDefaults.Tests;

public sealed class BusTests
{
    [Fact]
    public async Task A_consumer_registered_through_AddProcurementBus_receives_what_is_published()
    {
        await using var host = await ProbeHost.StartAsync(
            bus: b => b.AddConsumer<ProbeNoticeConsumer>(),
            configure: services => services.AddSingleton<ProbeNoticeInbox>());

        await host.App.Services.GetRequiredService<IPublishEndpoint>().Publish(new ProbeNotice("ping"));
        var received = await host.App.Services.GetRequiredService<ProbeNoticeInbox>().First.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("ping", received.Text);
    }

    [Fact]
    public async Task Without_a_RabbitMQ_address_the_service_fails_at_start_naming_the_setting()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bus:Transport"] = null,
            ["RabbitMq:Url"] = null,
            ["RABBITMQ_URL"] = null,
        };

        // The bus is resolved while the app is built (the health endpoint needs its check), so building fails already.
        var ex = await Assert.ThrowsAnyAsync<Exception>(() => ProbeHost.StartAsync(settings));

        var messages = Flatten(ex).Select(e => e.Message).ToList();
        Assert.Contains(messages, m => m.Contains("RabbitMq:Url", StringComparison.Ordinal) && m.Contains("RABBITMQ_URL", StringComparison.Ordinal));
    }

    private static IEnumerable<Exception> Flatten(Exception ex)
    {
        yield return ex;
        var inner = ex is AggregateException aggregate ? aggregate.InnerExceptions : (ex.InnerException is { } one ? [one] : []);
        foreach (var child in inner.SelectMany(Flatten))
        {
            yield return child;
        }
    }
}
