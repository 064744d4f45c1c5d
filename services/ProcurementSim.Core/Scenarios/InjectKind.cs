namespace ProcurementSim.Core.Scenarios;

/// <summary>The kinds of inject a scenario can schedule or draw at random.</summary>
public enum InjectKind
{
    /// <summary>A public report that the incumbent's technology was used, through a partner, in a kinetic operation.</summary>
    PublicReport,
    /// <summary>The target vendor asks the integrator for clarification and pauses conditional service meanwhile.</summary>
    ClarificationRequest,
    /// <summary>An oversight inquiry: reputational risk rises.</summary>
    OversightInquiry,
    /// <summary>The agency's weekly budget drops by the magnitude (a fraction) from then on.</summary>
    BudgetShock,
    /// <summary>The target replacement's accreditation takes <c>weeks</c> longer.</summary>
    AccreditationDelay,
    /// <summary>A security incident at the target replacement: quality drops by the magnitude and accreditation pauses.</summary>
    SecurityIncident,
    /// <summary>A new model generation: the target vendor's quality rises by the magnitude.</summary>
    NewModelGeneration,
    /// <summary>A legal challenge to a termination: a pending notice period extends by <c>weeks</c>, and costs the magnitude.</summary>
    LegalChallenge,
}
