using ProcurementSim.ActorHost;
using ProcurementSim.ServiceDefaults;

// Agency, Vendor and ReplacementVendor are the same actor host and differ only by name and ports: each hosts
// whichever actors the orchestrator asks it to (here, in the usual layout, the replacement vendors).
var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("replacement-vendor");
builder.AddActorHost();
var app = builder.Build();
app.MapActorHost();
app.MapDefaultEndpoints();
app.Run();
