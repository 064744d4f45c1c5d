using ProcurementSim.ActorHost;
using ProcurementSim.ServiceDefaults;

// Agency, Vendor and ReplacementVendor are the same actor host and differ only by name and ports: each hosts
// whichever actors the orchestrator asks it to (here, in the usual layout, the replacement vendors).
return await ServiceRunner.RunAsync("replacement-vendor", args, builder => builder.AddActorHost(), app => app.MapActorHost());
