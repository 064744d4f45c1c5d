using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ProcurementSim.ServiceDefaults;

/// <summary>The message bus of a service: MassTransit 8 on RabbitMQ (or in memory for unit tests).</summary>
public static class BusExtensions
{
    /// <summary>
    /// Adds MassTransit on RabbitMQ from <c>RabbitMq:Url</c> (<c>amqp://user:pass@host:port/vhost</c>; env
    /// <c>RABBITMQ_URL</c> is read too). <paramref name="configure"/> registers consumers; every consumer gets a
    /// kebab-case receive endpoint with message retry (exponential, 5 tries) and the in-memory outbox. The bus health
    /// check (<c>masstransit-bus</c>) joins <c>/health</c> and grpc health. <c>Bus:Transport=InMemory</c> switches to
    /// MassTransit's in-memory transport (unit tests only). Without a URL the service fails at start with a sentence
    /// naming the setting. <paramref name="configureTransport"/> declares receive endpoints of its own before the
    /// others (they get neither the retry nor the outbox: an endpoint whose consumer answers before it finishes needs
    /// that, as the actor services' placement endpoint does). <c>Bus:QueuePrefix</c> (optional, for test systems that
    /// share a broker) prefixes every receive endpoint's queue name and makes those queues temporary (auto-delete).
    /// </summary>
    public static TBuilder AddProcurementBus<TBuilder>(
        this TBuilder builder,
        Action<IBusRegistrationConfigurator>? configure = null,
        Action<IBusRegistrationContext, IBusFactoryConfigurator>? configureTransport = null)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var inMemory = string.Equals(builder.Configuration["Bus:Transport"], "InMemory", StringComparison.OrdinalIgnoreCase);

        var queuePrefix = builder.Configuration["Bus:QueuePrefix"];
        var isolated = !string.IsNullOrEmpty(queuePrefix);

        builder.Services.AddMassTransit(bus =>
        {
            if (isolated)
            {
                bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(queuePrefix, false));
            }
            else
            {
                bus.SetKebabCaseEndpointNameFormatter();
            }

            configure?.Invoke(bus);
            bus.AddConfigureEndpointsCallback((context, _, endpoint) =>
            {
                if (isolated && endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
                {
                    rabbit.AutoDelete = true;
                    rabbit.Durable = false;
                }

                endpoint.UseMessageRetry(retry => retry.Exponential(5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200)));
                endpoint.UseInMemoryOutbox(context);
            });

            if (inMemory)
            {
                bus.UsingInMemory((context, cfg) =>
                {
                    configureTransport?.Invoke(context, cfg);
                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                // Read when the bus is created (at start), so configuration added after this call still counts.
                bus.UsingRabbitMq((context, cfg) =>
                {
                    var address = RabbitMqAddress.FromConfiguration(context.GetRequiredService<IConfiguration>());
                    cfg.Host(address.Host, address.Port, address.VirtualHost, host =>
                    {
                        host.Username(address.UserName);
                        host.Password(address.Password);
                        if (address.UseTls)
                        {
                            host.UseSsl(ssl => ssl.ServerName = address.Host);
                        }
                    });
                    configureTransport?.Invoke(context, cfg);
                    cfg.ConfigureEndpoints(context);
                });
            }
        });

        // Start returns once the receive endpoints are bound: nothing published after start is dropped for want of
        // a queue, and the bus health check is green from the first probe. An unreachable broker fails the start.
        builder.Services.Configure<MassTransitHostOptions>(host =>
        {
            host.WaitUntilStarted = true;
            host.StartTimeout = TimeSpan.FromSeconds(60);
            host.StopTimeout = TimeSpan.FromSeconds(30);
        });
        return builder;
    }
}
