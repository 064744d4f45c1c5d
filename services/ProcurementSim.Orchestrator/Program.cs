using ProcurementSim.Orchestrator;
using ProcurementSim.Orchestrator.Diagnostics;
using ProcurementSim.Orchestrator.Grpc;
using ProcurementSim.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("orchestrator");
builder.AddOrchestrator();

var app = builder.Build();
app.MapGrpcService<OrchestratorGrpcService>();
app.MapDefaultEndpoints();
app.MapMemoryDiagnostics();
await app.RunAsync();
