using ProcurementSim.Core.Conditions;

namespace ProcurementSim.Core.Strategies;

/// <summary>
/// The signposts of strategy triggers: what the agency can observe (never a vendor's private state). docs/MODEL.md
/// ("Signposts and triggers") defines each exactly; the agency actor computes them (<c>Decisions.Signposts</c>).
/// </summary>
public static class SignpostCatalog
{
    private const double MaxCount = 100_000;
    private const double MaxMoney = 1e15;

    /// <summary>Every signpost, in the order docs and messages list them.</summary>
    public static IReadOnlyList<SignpostDefinition> All { get; } =
    [
        new("week", true, false, 0, 100_000, "the current week"),
        new("incidents", true, false, 0, MaxCount, "misuse reports from the integrator so far (compliance incidents and red-line breaches)"),
        new("breaches", true, false, 0, MaxCount, "red-line breaches reported so far"),
        new("public_reports", true, false, 0, MaxCount, "public_report injects the agency has received so far"),
        new("clarifications", true, false, 0, MaxCount, "clarification requests the agency has been told of so far"),
        new("accredited", true, true, 0, 1, "1 when the replacement last awarded is accredited, else 0"),
        new("accreditation_failed", true, true, 0, MaxCount, "failed accreditations the agency has been told of so far"),
        new("readiness", false, false, 0, 1, "the last readiness the replacement last awarded reported (0 before any award)"),
        new("budget_left", false, false, -MaxMoney, MaxMoney, "weekly budget minus the weekly spend of the tasking sent last week"),
        new("spend", false, false, 0, MaxMoney, "weekly spend of the tasking (and parallel run) sent last week"),
        new("risk", false, false, 0, 1, "the reputational-risk index at the end of last week"),
    ];

    /// <summary>The signposts' names.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(s => s.Name)];

    /// <summary>The vocabulary of trigger conditions.</summary>
    public static ConditionVocabulary Vocabulary { get; } = new(
        Names, [.. All.Where(s => s.Flag).Select(s => s.Name)], "a signpost", "a signpost such as incidents, accredited or readiness",
        "incidents >= 1 or week >= 30", ListNames: true);

    /// <summary>The signpost of that name, or null.</summary>
    public static SignpostDefinition? Find(string name) => All.FirstOrDefault(s => s.Name == name);
}
