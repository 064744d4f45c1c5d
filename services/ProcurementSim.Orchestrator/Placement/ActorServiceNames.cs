namespace ProcurementSim.Orchestrator.Placement;

/// <summary>The name each actor service is started with (<c>AddServiceDefaults(name)</c>), which names its placement queue.</summary>
public static class ActorServiceNames
{
    /// <summary>agency, vendor or replacement-vendor.</summary>
    public static string Of(ActorService service) => service switch
    {
        ActorService.Agency => "agency",
        ActorService.Vendor => "vendor",
        ActorService.ReplacementVendor => "replacement-vendor",
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "not an actor service"),
    };
}
