using ProcurementSim.Core.Events;
using ProcurementSim.Core.Metrics;
using ProcurementSim.Core.Results;

namespace ProcurementSim.Orchestrator.Runs;

/// <summary>A tick a distributed run has just recorded, for whoever follows it.</summary>
/// <param name="Tick">The tick.</param>
/// <param name="Record">Its timeline record.</param>
/// <param name="KeyEvents">The details of its key events, in log order.</param>
/// <param name="Last">True for the run's last tick.</param>
/// <param name="EventsByActor">The tick's events per actor id (0 = injects, 1 = agency, 2+i = vendor i), in log order.</param>
public sealed record TickProgress(int Tick, TickRecord Record, IReadOnlyList<string> KeyEvents, bool Last, IReadOnlyList<IReadOnlyList<SimEvent>> EventsByActor);
