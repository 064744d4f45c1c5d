using ProcurementSim.Core.Rules;

namespace ProcurementSim.Core.Decisions;

/// <summary>
/// A vendor's answer to proposed terms: the categories it now permits, and whether it accepts all lawful uses. To an
/// all-lawful-uses demand, permitted categories without acceptance make a partial acceptance.
/// </summary>
public sealed record TermsAnswer(int[] Accepted, bool AllLawfulUses)
{
    /// <summary>The answer's kind, read as an answer to an all-lawful-uses demand.</summary>
    public UltimatumAnswer UltimatumAnswer => Rules.AllLawfulUses.Classify(AllLawfulUses, Accepted.Length);
}
