using ProcurementSim.Core.Messages;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.ActorHost.Tests.Support;

/// <summary>A tick that waits: the agency of a new run has played tick 0, and its tick 1 expects a message that never comes.</summary>
public static class WaitingTick
{
    /// <summary>Initialises a teaching-minimal run, plays the agency's tick 0, and returns the agency's tick 1 waiting for a vendor's message
    /// (ProcSim:InboxTimeoutSeconds, 5 s in these tests, before the service gives up on it).</summary>
    public static async Task<AdvanceTickRequest> PrepareAsync(ActorServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var file = ScenarioFile.Read("teaching-minimal.yaml");
        var run = new DistributedRun(services, file, file.Strategy("status_quo"), 1);
        await run.InitAsync();
        await services.Agency.Lifecycle.AdvanceTickAsync(new AdvanceTickRequest { RunId = run.RunId, ActorId = ActorIds.Agency, Tick = 0 });
        var waiting = new AdvanceTickRequest { RunId = run.RunId, ActorId = ActorIds.Agency, Tick = 1 };
        waiting.ExpectedMessages[ActorIds.Vendor(0)] = 1; // never sent
        return waiting;
    }
}
