namespace ProcurementSim.ServiceDefaults;

/// <summary>The name a service was started with (<c>AddServiceDefaults("agency")</c>): agency, vendor, replacement-vendor or orchestrator.</summary>
/// <param name="Name">The service's name.</param>
public sealed record ServiceIdentity(string Name);
