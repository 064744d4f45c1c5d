using ProcurementSim.Orchestrator;
using ProcurementSim.Orchestrator.Diagnostics;
using ProcurementSim.Orchestrator.Grpc;
using ProcurementSim.ServiceDefaults;

return await ServiceRunner.RunAsync("orchestrator", args, builder => builder.AddOrchestrator(), app =>
{
    app.MapGrpcService<OrchestratorGrpcService>();
    app.MapMemoryDiagnostics();
});
