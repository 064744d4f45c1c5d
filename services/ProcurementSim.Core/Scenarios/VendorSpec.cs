namespace ProcurementSim.Core.Scenarios;

/// <summary>An AI vendor: the incumbent or a replacement.</summary>
/// <param name="Name">Identifier.</param>
/// <param name="Role">Incumbent or replacement.</param>
/// <param name="Quality">Share of served work that delivers mission value, in [0, 1].</param>
/// <param name="Capacity">Task units it can serve per week at full readiness (&gt; 0).</param>
/// <param name="Price">Price per task unit served.</param>
/// <param name="Trust">Initial trust toward the agency, in [0, 1].</param>
/// <param name="ReputationSensitivity">How strongly public incidents move it, in [0, 1].</param>
/// <param name="ConcessionProbability">Base chance per negotiation round that it relaxes one negotiable clause (scaled by trust).</param>
/// <param name="Policy">Its stance per category; a category missing here is permitted.</param>
/// <param name="Replacement">Replacement-only properties; null for the incumbent.</param>
/// <param name="PartialAcceptance">
/// Chance, in [0, 1], that a vendor whose red lines block an all-lawful-uses demand answers it by permitting its
/// negotiable restrictions and keeping the red lines, instead of refusing (not scaled by trust). 0: it always refuses.
/// </param>
public sealed record VendorSpec(
    string Name,
    VendorRole Role,
    double Quality,
    double Capacity,
    double Price,
    double Trust,
    double ReputationSensitivity,
    double ConcessionProbability,
    IReadOnlyDictionary<string, PolicyClause> Policy,
    ReplacementSpec? Replacement,
    double PartialAcceptance = 0);
