using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ProcurementSim.ServiceDefaults;

/// <summary>
/// The hosting every ProcurementSim service shares. A service's Program.cs (see <see cref="ServiceRunner"/>, which
/// calls AddServiceDefaults and MapDefaultEndpoints around the service's own parts and turns a configuration problem
/// into one line and exit code 2):
/// <code>
/// return await ServiceRunner.RunAsync("agency", args,
///     builder => builder.AddActorHost(),       // the service's own registrations (AddProcurementBus if it uses the bus)
///     app => app.MapActorHost());              // its gRPC services; /health, grpc.health.v1.Health and reflection follow
/// </code>
/// Settings (section <c>ProcSim</c>, see <see cref="ProcSimOptions"/>): <c>BindAddress</c> (default 127.0.0.1; a
/// non-loopback address must be given explicitly), <c>GrpcPort</c> (HTTP/2 cleartext) and <c>HttpPort</c> (HTTP/1.1,
/// <c>/health</c>), 0 = a free port (the default: give each service its ports in configuration);
/// <c>MaxReceiveMessageBytes</c> (largest request accepted; default 4 MiB, ResourceExhausted beyond);
/// <c>CallTimeoutSeconds</c> (default 10) and the retry/breaker settings of <see cref="PeerChannels"/>;
/// <c>Tls:CertificatePath</c>/<c>KeyPath</c>/<c>Password</c> (gRPC over TLS) and <c>Tls:CaPath</c> (authorities trusted
/// for https:// peers; see <see cref="Security.TlsOptions"/>).
/// After <c>await app.StartAsync()</c>, <c>app.GrpcAddress()</c> is the real <c>http://host:port</c> (<c>https://</c> over TLS).
/// Bus: <c>RabbitMq:Url</c> or <c>RABBITMQ_URL</c> (no default credentials); <c>Bus:Transport=InMemory</c> for unit tests.
/// Tracing: sources "ProcurementSim" (<see cref="Telemetry.Source"/>) and "MassTransit", ASP.NET Core, gRPC client
/// (one span per outbound call); exported over OTLP only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
/// Logging: console with scopes; <c>logger.BeginRunScope(runId)</c> tags lines with <c>RunId</c>.
/// gRPC errors: an exception a handler lets escape becomes Status Internal with a sentence (no stack trace).
/// </summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>Adds Kestrel's two endpoints, gRPC, health, reflection, logging, tracing and <see cref="PeerChannels"/>.</summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder, string serviceName)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        var services = builder.Services;

        services.AddOptions<ProcSimOptions>()
            .Bind(builder.Configuration.GetSection(ProcSimOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ProcSimOptions>, ProcSimOptionsValidator>());

        services.TryAddSingleton<KestrelEndpoints>();
        services.AddOptions<KestrelServerOptions>()
            .Configure<KestrelEndpoints, IOptions<ProcSimOptions>>((kestrel, endpoints, options) => endpoints.Configure(kestrel, options.Value));

        services.TryAddSingleton<ExceptionToStatusInterceptor>();
        services.AddGrpc(grpc =>
        {
            grpc.EnableDetailedErrors = false;
            grpc.Interceptors.Add<ExceptionToStatusInterceptor>();
        });
        services.AddOptions<Grpc.AspNetCore.Server.GrpcServiceOptions>()
            .Configure<IOptions<ProcSimOptions>>((grpc, options) =>
                grpc.MaxReceiveMessageSize = options.Value.MaxReceiveMessageBytes ?? ProcSimOptions.DefaultMaxReceiveMessageBytes);
        services.AddGrpcReflection();
        HealthNames.Register(services, serviceName);

        services.TryAddSingleton(new ServiceIdentity(serviceName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PeerChannels>();

        AddLogging(builder.Logging);
        AddTracing(builder, serviceName);
        return builder;
    }

    /// <summary>
    /// Maps GET <c>/health</c> (readiness: JSON, every check; 503 when unhealthy) and <c>/health/live</c> (liveness: the
    /// process only), grpc.health.v1.Health (names in <see cref="HealthNames"/>) and gRPC reflection.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthJsonWriter.WriteAsync });
        app.MapHealthChecks(HealthNames.LivePath, new HealthCheckOptions { ResponseWriter = HealthJsonWriter.WriteAsync, Predicate = HealthNames.IsLive });
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        HealthNames.ListHostedServices(app);
        return app;
    }

    private static void AddLogging(ILoggingBuilder logging)
    {
        logging.AddSimpleConsole(console =>
        {
            console.IncludeScopes = true;
            console.SingleLine = true;
            console.UseUtcTimestamp = true;
            console.TimestampFormat = "HH:mm:ss.fff ";
        });
        logging.Configure(options => options.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
    }

    private static void AddTracing(IHostApplicationBuilder builder, string serviceName)
    {
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing => tracing
                .AddSource(Telemetry.SourceName, "MassTransit")
                .AddAspNetCoreInstrumentation(aspnet => aspnet.Filter = IsNotProbe)
                // One span per outbound call: the gRPC client's, whose context the call carries. The services make
                // no other HTTP calls, and HttpClient instrumentation would add a second span under each gRPC call
                // (filtering it out leaves the server's parent a span never recorded).
                .AddGrpcClientInstrumentation());
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.UseOtlpExporter();
        }
    }

    // Health probes would drown the traces that matter.
    private static bool IsNotProbe(HttpContext context) =>
        !context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
        && !context.Request.Path.StartsWithSegments("/grpc.health.v1.Health", StringComparison.Ordinal);
}
