namespace ProcurementSim.ServiceDefaults;

/// <summary>
/// A setting a service needs is missing or wrong; the message is the sentence the operator reads (which setting, what
/// it holds, what is expected). <see cref="ServiceRunner"/> prints it in one line and exits 2.
/// </summary>
public sealed class ServiceConfigurationException(string message) : InvalidOperationException(message);
