using ProcurementSim.Core.Results;

namespace ProcurementSim.Core.Events;

/// <summary>One entry of a run's event log.</summary>
/// <param name="Tick">Week it happened.</param>
/// <param name="Kind">What happened, snake_case (e.g. <c>contract_awarded</c>).</param>
/// <param name="Actor">Who did it, or <c>orchestrator</c> for injects.</param>
/// <param name="Subject">Whom it concerns (a vendor or category), or empty.</param>
/// <param name="Detail">A sentence for people.</param>
/// <param name="Key">Whether it is a key event for the summary and the report's time axis.</param>
public sealed record SimEvent(int Tick, string Kind, string Actor, string Subject, string Detail, bool Key);
