using ProcurementSim.Orchestrator.Actors;
using ProcurementSim.Orchestrator.Batches;
using ProcurementSim.Orchestrator.Events;
using ProcurementSim.Orchestrator.Faults;
using ProcurementSim.Orchestrator.Grpc;
using ProcurementSim.Orchestrator.Placement;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ProcurementSim.Orchestrator.Runs;
using ProcurementSim.Orchestrator.Security;
using ProcurementSim.Orchestrator.Store;
using ProcurementSim.ServiceDefaults;

namespace ProcurementSim.Orchestrator;

/// <summary>The orchestrator's own registrations.</summary>
public static class OrchestratorExtensions
{
    /// <summary>
    /// Adds the bus (with the event consumer), the run store, the launcher, the replica picker (single runs) and the
    /// claim placement and batch player (batches). Reads
    /// <c>Orchestrator:*</c> (<see cref="OrchestratorOptions"/>) and <c>Services:Agency|Vendor|ReplacementVendor</c>
    /// (lists of gRPC addresses); an address list that is missing or wrong stops the service at start with a sentence.
    /// With <c>Orchestrator:ApiKey</c> every call but health checks must carry it as <c>x-api-key</c>
    /// (<see cref="ApiKeyInterceptor"/>); beyond loopback the key is required at start (<see cref="ApiKeyRequirement"/>).
    /// </summary>
    public static TBuilder AddOrchestrator<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddProcurementBus(bus =>
        {
            bus.AddConsumer<RunEventBatchConsumer>();
            // Events published one by one, as actor services did before the batches: still recorded.
            bus.AddConsumer<RunEventConsumer>();
        });
        var services = builder.Services;
        services.AddOptions<OrchestratorOptions>()
            .Bind(builder.Configuration.GetSection(OrchestratorOptions.Section))
            .Validate(o => o.MaxConcurrentRuns > 0 && o.EventBarrierTimeoutSeconds > 0 && o.TickCallTimeoutSeconds > 0 && o.CleanupTimeoutSeconds > 0 && o.MaxRetainedRuns > 0 && o.PlacementTimeoutSeconds > 0 && o.MaxRunRecoveries >= 0 && o.RecoveryTimeoutSeconds > 0 && !string.IsNullOrWhiteSpace(o.StorePath),
                "Orchestrator:MaxConcurrentRuns, EventBarrierTimeoutSeconds, TickCallTimeoutSeconds, CleanupTimeoutSeconds, MaxRetainedRuns, PlacementTimeoutSeconds and RecoveryTimeoutSeconds must be positive, MaxRunRecoveries 0 or more, and Orchestrator:StorePath must name a file (or :memory:).")
            .ValidateOnStart();
        // A request carries at most a 1 MiB scenario (the loader's limit) and a few short fields: refuse anything much
        // larger before it is read, unless ProcSim:MaxReceiveMessageBytes says otherwise.
        services.PostConfigure<ProcSimOptions>(o => o.MaxReceiveMessageBytes ??= OrchestratorOptions.DefaultMaxReceiveMessageBytes);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OrchestratorOptions>, ApiKeyRequirement>());
        services.AddGrpc(grpc => grpc.Interceptors.Add<ApiKeyInterceptor>());
        services.AddSingleton(ReplicaPicker.FromConfiguration(builder.Configuration));
        services.AddSingleton<RunEventBuffer>();
        services.AddSingleton<TickStreams>();
        services.AddSingleton<IActorCalls, RunLifecycleCalls>();
        services.AddSingleton<IRunLog>(sp => new SqliteRunLog(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<OrchestratorOptions>>().Value.StorePath, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<RunStore>();
        services.AddSingleton<BusWatch>();
        services.AddHostedService(sp => sp.GetRequiredService<BusWatch>());
        services.AddSingleton<RunFaults>();
        services.AddSingleton<RunLauncher>();
        services.AddSingleton<RunRecovery>();
        services.AddSingleton<ClaimPlacement>();
        services.AddSingleton<BatchRunPlayer>();
        services.AddHostedService(sp => sp.GetRequiredService<RunLauncher>());
        // After the launcher and the bus: reads the run store back and resumes the runs that were in play.
        services.AddHostedService(sp => sp.GetRequiredService<RunRecovery>());
        return builder;
    }
}
