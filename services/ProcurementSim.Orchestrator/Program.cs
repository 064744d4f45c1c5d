using ProcurementSim.Orchestrator;
using ProcurementSim.Orchestrator.Grpc;
using ProcurementSim.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("orchestrator");
builder.AddOrchestrator();

var app = builder.Build();
app.MapGrpcService<OrchestratorGrpcService>();
app.MapDefaultEndpoints();
await app.RunAsync();
