namespace ProcurementSim.Core.Tests.Loading;

/// <summary>Valid scenario texts used across the loading tests; the schema test checks each against scenario.schema.json.</summary>
internal static class ValidScenarios
{
    /// <summary>Only required keys; every default applies.</summary>
    public const string Minimal = """
        name: minimal
        ticks: 52
        categories:
          - name: intel
            demand: 100
          - name: cyber
            demand: 40
        agency:
          weekly_budget: 50000
          contract:
            vendor: lab
            shares: {intel: 1, cyber: 1}
            notice_weeks: 12
            termination_fee: 100000
        vendors:
          - name: lab
            role: incumbent
            quality: 0.9
            capacity: 200
            price: 10
        strategies:
          - name: keep
            kind: status_quo
        """;

    /// <summary>Every key of the format at least once, both policy forms, scheduled and random injects, every distribution kind, both lever forms.</summary>
    public const string Full = """
        # yaml-language-server: $schema=scenario.schema.json
        name: usage-policy-standoff
        description: >-
          The Agency relies on the Incumbent lab, whose policy forbids
          autonomous lethal weapons.
        ticks: 104
        seed: 42
        capability_threshold: 0.75
        review_overhead: 0.25
        categories:
          - name: intelligence_analysis
            demand: 100
            criticality: 1.5
            ethical_risk: 0.1
          - name: weapons_development
            demand: 40
            ethical_risk: 0.5
            legal_status: contested
            operational: true
          - name: autonomous_lethal_weapons
            demand: 10
            criticality: 0.5
            ethical_risk: 1
            legal_status: unlawful
            operational: true
        agency:
          weekly_budget: 1000000
          demanded_clauses: [all_lawful_uses, human_oversight]
          contract:
            vendor: incumbent
            shares: {intelligence_analysis: 1.0, weapons_development: 0.5}
            notice_weeks: 12
            termination_fee: 5000000
        vendors:
          - name: incumbent
            role: incumbent
            quality: 0.95
            capacity: 500
            price: 1000
            trust: 0.8
            reputation_sensitivity: 0.8
            concession_probability: 0.3
            policy:
              weapons_development: conditional
              autonomous_lethal_weapons: {stance: prohibited, non_negotiable: true}
          - name: vendor-a
            role: replacement
            quality: 0.85
            capacity: 400
            price: 1100
            replacement:
              accreditation_weeks: 16
              accreditation_failure_probability: 0.1
              ramp_up_weeks: 8
              switching_cost: 2000000
              bid_probability: 0.9
              bid_markup: 0.1
              accepts_all_lawful_uses: true
        integrator:
          misuse_probability: 0.02
          misuse_category: autonomous_lethal_weapons
        injects:
          - kind: public_report
            at: 8
            magnitude: 0.2
          - kind: clarification_request
            at: 9
            target: incumbent
            magnitude: 0.1
            weeks: 4
          - kind: accreditation_delay
            probability: 0.01
            target: vendor-a
            weeks: 6
        strategies:
          - name: keep
            kind: status_quo
          - name: carve-out
            kind: negotiate_carve_out
            params: {rounds: 6}
          - name: phase-out
            kind: phased_reduction
            params:
              replacement: vendor-a
              step: 0.2
          - name: ultimatum
            kind: ultimatum
            params: {on_refusal: immediate_termination, cutover_readiness: 0.9}
        score:
          weights: {mission_capability_mean: 3, red_line_breaches: 2}
          cost_reference: 2.0e8
          breach_reference: 3
        uncertainties:
          - name: a_weeks
            param: vendors.vendor-a.replacement.accreditation_weeks
            distribution: triangular
            min: 8
            mode: 16
            max: 30
          - {param: injects.accreditation_delay.probability, distribution: lognormal, median: 0.01, sigma: 0.5, min: 0.001, max: 0.1}
          - {param: agency.contract.notice_weeks, distribution: discrete, values: [8, 12, 26], weights: [1, 2, 1]}
          - {param: vendors.vendor-a.replacement.accepts_all_lawful_uses, distribution: bernoulli, p: 0.8}
          - {param: injects.1.magnitude, distribution: truncated_normal, mean: 0.1, sd: 0.05, min: 0, max: 0.3}
          - {param: vendors.incumbent.concession_probability, distribution: uniform, min: 0.1, max: 0.6}
        levers:
          - {strategy: ultimatum, param: issue_week, min: 2, max: 10}
          - {name: readiness, strategy: ultimatum, param: cutover_readiness, min: 0.6, max: 0.95}
          - {strategy: carve-out, param: rounds, values: [2, 4, 6]}
        robustness:
          satisficing:
            - mission_capability_mean >= 0.8
            - "red_line_breaches == 0 or (score > 60 and not total_cost > 2e8)"
        seminar:
          briefings:
            agency: You run the procurement office.
            vendor-a: You want the contract.
        """;

    /// <summary>Two replacements sharing one onboarding block through an anchor and alias (well within the alias budget).</summary>
    public const string WithAliases = """
        name: aliased
        ticks: 20
        categories:
          - name: ops
            demand: 10
        agency:
          weekly_budget: 1000
          contract: {vendor: lab, shares: {ops: 1}, notice_weeks: 2, termination_fee: 0}
        vendors:
          - {name: lab, role: incumbent, quality: 1, capacity: 20, price: &price 5}
          - name: a
            role: replacement
            quality: 0.8
            capacity: 20
            price: *price
            replacement: &onboarding {accreditation_weeks: 4, ramp_up_weeks: 2, switching_cost: 100}
          - name: b
            role: replacement
            quality: 0.7
            capacity: 30
            price: *price
            replacement: *onboarding
        strategies:
          - {name: replace, kind: structured_replacement, params: {solicit_week: 0}}
          - {name: dual, kind: dual_source, params: {restricted: prohibited}}
          - {name: stop, kind: immediate_termination, params: {then: none}}
        """;

    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>
    {
        [nameof(Minimal)] = Minimal,
        [nameof(Full)] = Full,
        [nameof(WithAliases)] = WithAliases,
    };
}
