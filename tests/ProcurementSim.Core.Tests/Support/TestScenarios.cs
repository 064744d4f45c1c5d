using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Core.Tests.Support;

/// <summary>Small scenarios built in code, varied with <c>with</c> expressions, for testing one rule at a time.</summary>
internal static class TestScenarios
{
    public static readonly string[] All = ["all_lawful_uses"];

    public static CategorySpec Category(string name, double demand = 100, double criticality = 1, double ethicalRisk = 0,
        LegalStatus status = LegalStatus.Lawful, bool operational = false) =>
        new(name, demand, criticality, ethicalRisk, status, operational);

    public static Dictionary<string, PolicyClause> Policy(params (string Category, PolicyStance Stance, bool NonNegotiable)[] clauses) =>
        clauses.ToDictionary(c => c.Category, c => new PolicyClause(c.Stance, c.NonNegotiable));

    public static VendorSpec Incumbent(Dictionary<string, PolicyClause>? policy = null, double capacity = 1000, double quality = 1,
        double price = 10, double trust = 0.8, double concession = 0, double sensitivity = 0.5, double partial = 0) =>
        new("incumbent", VendorRole.Incumbent, quality, capacity, price, trust, sensitivity, concession, policy ?? [], null, partial);

    public static VendorSpec Replacement(string name, Dictionary<string, PolicyClause>? policy = null, double capacity = 1000,
        double quality = 1, double price = 10, int accreditationWeeks = 2, int rampWeeks = 1, double failure = 0,
        double switchingCost = 100, bool flexible = true, double bidProbability = 1) =>
        new(name, VendorRole.Replacement, quality, capacity, price, 0.7, 0.5, 0, policy ?? [],
            new ReplacementSpec(accreditationWeeks, failure, rampWeeks, switchingCost, bidProbability, 0, flexible));

    public static StrategySpec Strategy(StrategyKind kind, params (string Name, object Value)[] parameters) =>
        new(StrategyCatalog.Get(kind).Key, kind, StrategyCatalog.Defaults(kind, parameters.ToDictionary(p => p.Name, p => p.Value)));

    /// <summary>One lawful category "ops" served by a permitting incumbent; 20 ticks; no randomness.</summary>
    public static Scenario Basic(IReadOnlyList<CategorySpec>? categories = null, IReadOnlyList<VendorSpec>? vendors = null, int ticks = 20,
        double budget = 1e9, int noticeWeeks = 2, double terminationFee = 500)
    {
        categories ??= [Category("ops")];
        vendors ??= [Incumbent()];
        var shares = categories.ToDictionary(c => c.Name, _ => 1.0);
        return new Scenario("test", "", ticks, 1, 0.5, 0.25, categories,
            new AgencySpec(budget, All, new ContractSpec("incumbent", shares, noticeWeeks, terminationFee)),
            vendors, new IntegratorSpec(0, null), [], [Strategy(StrategyKind.StatusQuo)],
            new ScoreSpec(Core.Metrics.MetricNames.All.ToDictionary(m => m, _ => 1.0), 1e6, 1000, 5, 1000));
    }
}
