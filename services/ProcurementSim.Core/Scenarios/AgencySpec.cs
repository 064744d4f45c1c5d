namespace ProcurementSim.Core.Scenarios;

/// <summary>The agency: what it may spend, what it asks for, and its contract at the start.</summary>
/// <param name="WeeklyBudget">Spend ceiling per week on contract work; tasking is scaled down to fit.</param>
/// <param name="DemandedClauses">Clauses the agency wants, e.g. <c>all_lawful_uses</c>.</param>
/// <param name="Contract">The contract with the incumbent at tick 0.</param>
public sealed record AgencySpec(
    double WeeklyBudget,
    IReadOnlyList<string> DemandedClauses,
    ContractSpec Contract);
