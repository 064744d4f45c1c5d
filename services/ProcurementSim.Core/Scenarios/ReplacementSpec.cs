namespace ProcurementSim.Core.Scenarios;

/// <summary>What a replacement vendor has beyond an ordinary vendor.</summary>
/// <param name="AccreditationWeeks">Weeks from award to accreditation (&gt; 0).</param>
/// <param name="AccreditationFailureProbability">Chance, drawn once when accreditation would complete, that it fails.</param>
/// <param name="RampUpWeeks">Weeks from accreditation to full capacity (linear ramp, &gt; 0).</param>
/// <param name="SwitchingCost">One-off onboarding cost paid by the agency at award.</param>
/// <param name="BidProbability">Chance it answers a solicitation with a bid.</param>
/// <param name="BidMarkup">Bid price = price × (1 + markup).</param>
/// <param name="AcceptsAllLawfulUses">Whether it accepts an <c>all_lawful_uses</c> clause (drops its negotiable restrictions for lawful categories).</param>
public sealed record ReplacementSpec(
    int AccreditationWeeks,
    double AccreditationFailureProbability,
    int RampUpWeeks,
    double SwitchingCost,
    double BidProbability,
    double BidMarkup,
    bool AcceptsAllLawfulUses);
