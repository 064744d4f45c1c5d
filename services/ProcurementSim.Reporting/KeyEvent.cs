using ProcurementSim.Core.Events;
using ProcurementSim.Core.Results;

namespace ProcurementSim.Reporting;

/// <summary>A key event with its number in the report (1-based, log order), shared by the list and the charts' markers.</summary>
internal sealed record KeyEvent(int Number, SimEvent Event)
{
    /// <summary>The run's key events, numbered in log order.</summary>
    public static IReadOnlyList<KeyEvent> From(IReadOnlyList<SimEvent> events) =>
        [.. events.Where(e => e.Key).Select((e, i) => new KeyEvent(i + 1, e))];
}
