namespace ProcurementSim.Core.Seminar;

/// <summary>One row of the table of who sees what (docs/SEMINAR-MODEL.md): a kind of event and what each seat sees of it.</summary>
/// <param name="Kind">The event kind; <c>inject_*</c> for every inject, <c>*</c> for any kind not listed (the agency's notes).</param>
/// <param name="Agency">The agency's seat (the agency and its integrator).</param>
/// <param name="Incumbent">The incumbent vendor's seat.</param>
/// <param name="Replacement">Each replacement vendor's seat.</param>
/// <param name="Facilitator">The facilitator.</param>
public sealed record EventVisibilityRule(string Kind, EventAccess Agency, EventAccess Incumbent, EventAccess Replacement, EventAccess Facilitator);
