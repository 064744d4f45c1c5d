using ProcurementSim.Core.Scenarios;
using static ProcurementSim.Core.Strategies.ParameterDefinition;

namespace ProcurementSim.Core.Strategies;

/// <summary>The seven playbooks of DOMAIN.md with their parameters. The loader, the schema test and the CLI read this.</summary>
public static class StrategyCatalog
{
    private const int MaxWeek = 100_000;

    // Declared before Procurement, which holds them (static fields initialise in text order).
    private static readonly ParameterDefinition CutoverWhen =
        When("cutover_when", Trigger.AlwaysText, "cutover also waits for this (checked once the replacement is accredited and ready enough)");

    private static readonly ParameterDefinition OnAccreditationFailure =
        Choice("on_accreditation_failure", "next_bid", ["next_bid", "negotiate"],
            "when the replacement fails accreditation: award the next-ranked bid, or drop the replacement and negotiate with the incumbent");

    private static readonly ParameterDefinition[] Procurement =
    [
        Int("evaluation_weeks", 4, 2, MaxWeek, "weeks from solicitation to evaluation and award (bids take two weeks to come back)"),
        Num("cutover_readiness", 0.8, 0.01, 1, "replacement readiness (share of full capacity) at which work is cut over"),
        Num("target_share", 1.0, 0.01, 1, "share of each category the replacement carries after cutover"),
        Num("parallel_run_share", 0.25, 0, 1, "share of the incumbent's work the replacement shadows (paid, not counted) between accreditation and cutover"),
        CutoverWhen,
        OnAccreditationFailure,
    ];

    private static ParameterDefinition StartWhen(string what) =>
        When("start_when", Trigger.AlwaysText, $"{what} waits for this, from the start week on (the start week is the earliest week)");

    /// <summary>Every playbook, in DOMAIN.md order.</summary>
    public static IReadOnlyList<StrategyDefinition> All { get; } =
    [
        new(StrategyKind.StatusQuo, "status_quo",
            "Keep the incumbent under its policy; demand in the categories it prohibits stays unmet.", []),
        new(StrategyKind.NegotiateCarveOut, "negotiate_carve_out",
            "Negotiate in rounds for the incumbent's conditional categories to become permitted; red lines are accepted.",
            [
                Int("start_week", 2, 0, MaxWeek, "week of the first round"),
                Int("rounds", 4, 1, 1000, "number of negotiation rounds"),
                Int("round_interval_weeks", 4, 1, MaxWeek, "weeks between rounds"),
                StartWhen("the first round"),
            ]),
        new(StrategyKind.Ultimatum, "ultimatum",
            "Demand all lawful uses by a deadline; if the incumbent refuses, terminate and replace it; if it keeps only its red lines, keep it and source those elsewhere (or replace it).",
            [
                Int("issue_week", 4, 0, MaxWeek, "week the ultimatum is issued"),
                Int("deadline_weeks", 4, 1, MaxWeek, "weeks the incumbent has to answer"),
                Choice("on_refusal", "structured_replacement", ["structured_replacement", "immediate_termination"],
                    "what follows a refusal"),
                StartWhen("the ultimatum"),
                Choice("on_partial", "accept", ["accept", "replace"],
                    "what follows a partial acceptance (red lines kept): accept keeps the incumbent for what it permits and procures a second vendor for the red-line categories; replace treats it as a refusal"),
                .. Procurement,
            ]),
        new(StrategyKind.PhasedReduction, "phased_reduction",
            "Award a named replacement, then cut the incumbent's share by a step every k weeks to a floor as the replacement ramps.",
            [
                Vendor("replacement", "the replacement vendor awarded directly at start_week"),
                Int("start_week", 4, 0, MaxWeek, "week of the direct award"),
                Num("step", 0.1, 0.01, 1, "share removed from the incumbent at each step"),
                Int("step_weeks", 4, 1, MaxWeek, "weeks between steps"),
                Num("floor", 0.2, 0, 1, "share the incumbent keeps at the end"),
                StartWhen("the direct award"),
                When("step_when", "accredited", "each step waits for this, and the next step comes step_weeks after the last"),
            ]),
        new(StrategyKind.StructuredReplacement, "structured_replacement",
            "Solicit bids, evaluate, award, accredit, run in parallel, cut over at a readiness threshold, then terminate after notice.",
            [
                Int("solicit_week", 4, 0, MaxWeek, "week the solicitation is issued"),
                StartWhen("the solicitation"),
                .. Procurement,
            ]),
        new(StrategyKind.DualSource, "dual_source",
            "Keep the incumbent for what it permits; award a flexible vendor the categories the incumbent restricts.",
            [
                Int("solicit_week", 4, 0, MaxWeek, "week the solicitation is issued"),
                Int("evaluation_weeks", 4, 2, MaxWeek, "weeks from solicitation to award (bids take two weeks to come back)"),
                Num("cutover_readiness", 0.5, 0.01, 1, "replacement readiness at which the restricted categories move to it"),
                Choice("restricted", "prohibited_and_conditional", ["prohibited", "prohibited_and_conditional"],
                    "which of the incumbent's stances the second vendor takes over"),
                StartWhen("the solicitation"),
                CutoverWhen,
                OnAccreditationFailure,
            ]),
        new(StrategyKind.ImmediateTermination, "immediate_termination",
            "Terminate the incumbent at once (fee and pay in lieu of notice), then run a solicitation from nothing.",
            [
                Int("week", 0, 0, MaxWeek, "week of the termination"),
                Choice("then", "structured_replacement", ["structured_replacement", "none"], "what follows"),
                Int("evaluation_weeks", 4, 2, MaxWeek, "weeks from solicitation to award (bids take two weeks to come back)"),
                StartWhen("the termination"),
            ]),
    ];

    /// <summary>The definition of a kind.</summary>
    public static StrategyDefinition Get(StrategyKind kind) => All.First(d => d.Kind == kind);

    /// <summary>The definition for a scenario-file key, or null.</summary>
    public static StrategyDefinition? FindByKey(string key) => All.FirstOrDefault(d => d.Key == key);

    /// <summary>Parameters with every default applied (for tests and programmatic scenarios).</summary>
    public static StrategyParameters Defaults(StrategyKind kind, IReadOnlyDictionary<string, object>? given = null)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var p in Get(kind).Parameters)
        {
            if (given is not null && given.TryGetValue(p.Name, out var v)) values[p.Name] = v;
            else if (p.Default is not null) values[p.Name] = p.Default;
        }
        return new StrategyParameters(values);
    }
}
