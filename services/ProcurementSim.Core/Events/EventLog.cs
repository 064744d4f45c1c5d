using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Results;

namespace ProcurementSim.Core.Events;

/// <summary>An actor's events of the current tick; the orchestrator appends them to the run's log in actor order.</summary>
public sealed class EventLog
{
    private readonly List<SimEvent> _events = [];

    /// <summary>Events recorded since the last <see cref="Clear"/>.</summary>
    public IReadOnlyList<SimEvent> Events => _events;

    /// <summary>The same events as the list itself (the one list, for the tick's whole life and the next ones'), for the in-process recorder.</summary>
    internal List<SimEvent> Items => _events;

    /// <summary>Records an event.</summary>
    public void Add(int tick, string kind, string actor, string subject, string detail, bool key) =>
        _events.Add(new SimEvent(tick, kind, actor, subject, detail, key));

    /// <summary>Forgets the events already collected.</summary>
    public void Clear() => _events.Clear();
}
