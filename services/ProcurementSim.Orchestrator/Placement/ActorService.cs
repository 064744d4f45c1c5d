namespace ProcurementSim.Orchestrator.Placement;

/// <summary>The actor services a run is spread over; each has its list of replicas under <c>Services:&lt;name&gt;</c>.</summary>
public enum ActorService
{
    /// <summary>Hosts the agency (actor 1).</summary>
    Agency,

    /// <summary>Hosts the incumbent vendor.</summary>
    Vendor,

    /// <summary>Hosts the replacement vendors.</summary>
    ReplacementVendor,
}
