using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Core.Loading;

/// <summary>The fixed words of the format and what they mean.</summary>
internal static class ScenarioWords
{
    public static readonly IReadOnlyDictionary<string, LegalStatus> LegalStatuses = Ordered(
        ("lawful", LegalStatus.Lawful), ("contested", LegalStatus.Contested), ("unlawful", LegalStatus.Unlawful));

    public static readonly IReadOnlyDictionary<string, PolicyStance> Stances = Ordered(
        ("permitted", PolicyStance.Permitted), ("conditional", PolicyStance.Conditional), ("prohibited", PolicyStance.Prohibited));

    public static readonly IReadOnlyDictionary<string, VendorRole> Roles = Ordered(
        ("incumbent", VendorRole.Incumbent), ("replacement", VendorRole.Replacement));

    /// <summary>Clauses the agency may demand; the value is unused.</summary>
    public static readonly IReadOnlyDictionary<string, bool> Clauses = Ordered(
        ("all_lawful_uses", true), ("human_oversight", true));

    public static readonly IReadOnlyDictionary<string, InjectKind> InjectKinds =
        Ordered([.. InjectCatalog.All.Select(d => (d.Key, d.Kind))]);

    public static readonly IReadOnlyDictionary<string, StrategyKind> StrategyKinds =
        Ordered([.. Strategies.StrategyCatalog.All.Select(d => (d.Key, d.Kind))]);

    /// <summary>A dictionary whose keys enumerate in the given order (messages list them that way).</summary>
    private static IReadOnlyDictionary<string, T> Ordered<T>(params (string Key, T Value)[] pairs)
    {
        var d = new OrderedDictionary<string, T>(StringComparer.Ordinal);
        foreach (var (k, v) in pairs) d.Add(k, v);
        return d;
    }
}
