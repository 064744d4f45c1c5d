using ProcurementSim.Core.Events;
using ProcurementSim.Core.Messages;
using ProcurementSim.Core.Results;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.ActorHost.Runs;

/// <summary>A Core actor as the host drives it: play a tick, then read what it sent, logged and reported.</summary>
public interface ISteppingActor
{
    /// <summary>Actor id.</summary>
    int Id { get; }

    /// <summary>Plays one tick on an inbox in canonical order.</summary>
    void Step(int tick, ReadOnlySpan<Envelope> inbox);

    /// <summary>What it sent during the last tick (reused by the next: copy what you keep).</summary>
    IReadOnlyList<Envelope> Sent { get; }

    /// <summary>What it logged during the last tick (reused by the next: copy what you keep).</summary>
    IReadOnlyList<SimEvent> Events { get; }

    /// <summary>Sets the response's report to the last tick's report (copied).</summary>
    void WriteReport(AdvanceTickResponse response);
}
