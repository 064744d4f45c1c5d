using System.Diagnostics;

namespace ProcurementSim.ServiceDefaults;

/// <summary>The tracing source of ProcurementSim's own spans (exported by <c>AddServiceDefaults</c>).</summary>
public static class Telemetry
{
    /// <summary>Name of <see cref="Source"/>.</summary>
    public const string SourceName = "ProcurementSim";

    /// <summary>Start spans with <c>Telemetry.Source.StartActivity("...")</c>.</summary>
    public static readonly ActivitySource Source = new(SourceName);
}
