using ProcurementSim.Core.Events;
using ProcurementSim.Core.Messages;
using ProcurementSim.Core.Results;

namespace ProcurementSim.Core.Engine;

/// <summary>An inject that fired this tick: its index in the scenario, the notice, who receives it, and its event.</summary>
public sealed record FiredInject(int Index, InjectNotice Notice, IReadOnlyList<int> Recipients, SimEvent Event);
