using ProcurementSim.Core.Rules;

namespace ProcurementSim.Core.Decisions;

/// <summary>A vendor's answer to proposed terms: the categories it now permits, and whether it accepts all lawful uses.</summary>
public sealed record TermsAnswer(int[] Accepted, bool AllLawfulUses);
