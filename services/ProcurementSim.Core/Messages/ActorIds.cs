namespace ProcurementSim.Core.Messages;

/// <summary>Actor ids: 0 is the orchestrator, 1 the agency (with its integrator), 2 + i vendor i of the scenario.</summary>
public static class ActorIds
{
    /// <summary>The orchestrator (injects).</summary>
    public const int Orchestrator = 0;
    /// <summary>The agency.</summary>
    public const int Agency = 1;
    /// <summary>The id of vendor <paramref name="index"/>.</summary>
    public static int Vendor(int index) => 2 + index;
    /// <summary>The vendor index of an actor id.</summary>
    public static int VendorIndex(int actorId) => actorId - 2;
}
