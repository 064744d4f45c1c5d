namespace ProcurementSim.Core.Scenarios;

/// <summary>Every inject kind, with what it needs. The loader and the engine both read it.</summary>
public static class InjectCatalog
{
    /// <summary>All kinds in DOMAIN.md order.</summary>
    public static IReadOnlyList<InjectDefinition> All { get; } =
    [
        new(InjectKind.PublicReport, "public_report", null, false, 1,
            "a public report ties the incumbent's technology to a kinetic operation: reputational risk += magnitude, the incumbent's trust falls"),
        new(InjectKind.ClarificationRequest, "clarification_request", VendorRole.Incumbent, true, 1,
            "the target vendor seeks clarification from the integrator and pauses its conditional categories for weeks; trust falls by magnitude"),
        new(InjectKind.OversightInquiry, "oversight_inquiry", null, false, 1,
            "an oversight inquiry: reputational risk += magnitude"),
        new(InjectKind.BudgetShock, "budget_shock", null, false, 0.95,
            "the agency's weekly budget falls by the magnitude (a fraction) for the rest of the run"),
        new(InjectKind.AccreditationDelay, "accreditation_delay", VendorRole.Replacement, true, 0,
            "the target replacement's accreditation takes weeks longer"),
        new(InjectKind.SecurityIncident, "security_incident", VendorRole.Replacement, true, 1,
            "a security incident at the target replacement: quality falls by the magnitude, accreditation pauses for weeks"),
        new(InjectKind.NewModelGeneration, "new_model_generation", VendorRole.Incumbent, false, 1,
            "a new model generation: the target vendor's quality rises by the magnitude (capped at 1)"),
        new(InjectKind.LegalChallenge, "legal_challenge", null, true, 1e12,
            "a legal challenge to a termination: a pending notice period extends by weeks and costs the magnitude"),
    ];

    /// <summary>The definition of a kind.</summary>
    public static InjectDefinition Get(InjectKind kind) => All[(int)kind];

    /// <summary>The definition for a scenario-file key, or null.</summary>
    public static InjectDefinition? FindByKey(string key) => All.FirstOrDefault(d => d.Key == key);
}
