namespace ProcurementSim.Core.Seminar.Moves;

/// <summary>Records a decision that changes nothing else (<see cref="Decisions.IAgencyActions.Note"/>).</summary>
/// <param name="Kind">Event kind, snake_case (a–z, 0–9, _), at most 40 characters.</param>
/// <param name="Detail">A sentence, 1 to 200 characters.</param>
public sealed record NoteOrder(string Kind, string Detail) : AgencyOrder;
