namespace ProcurementSim.Core.Scenarios;

/// <summary>One clause of a vendor's usage policy: its stance on a category and whether it can be negotiated.</summary>
/// <param name="Stance">The stance.</param>
/// <param name="NonNegotiable">When true no negotiation, ultimatum or concession ever changes it.</param>
public sealed record PolicyClause(PolicyStance Stance, bool NonNegotiable);
