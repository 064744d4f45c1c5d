using ProcurementSim.Analysis.Summary;
using ProcurementSim.Core.Metrics;

namespace ProcurementSim.Reporting.Tests.Experiments;

/// <summary>
/// Hand-made experiment summaries shaped like a sweep of the reference scenario: 7 strategies, 104 weeks, 10 inputs
/// (8 uncertainties, 2 levers). The numbers are plausible, not simulated; tests that check a number set it themselves.
/// </summary>
internal static class SampleSummary
{
    public const int Weeks = 104;

    public static readonly string[] Strategies =
        ["structured_replacement", "status_quo", "negotiate_carve_out", "ultimatum", "phased_reduction", "dual_source", "immediate_termination"];

    // Mean scores by play order; ranks follow from them (worked out: 68.2 > 64.9 > 61.5 > 55.0 > 49.3 > 44.1 > 35.7).
    private static readonly double[] MeanScores = [68.2, 44.1, 61.5, 49.3, 64.9, 55.0, 35.7];

    public static readonly InputColumn[] Inputs =
    [
        new("incumbent_price_hike", "uncertainty", "vendors.incumbent.price_escalation", null, "uniform(0, 0.3)", 0, 0.3, false),
        new("replacement_a_quality", "uncertainty", "vendors.replacement_a.quality", null, "triangular(0.6, 0.8, 0.95)", 0.6, 0.95, false),
        new("replacement_b_quality", "uncertainty", "vendors.replacement_b.quality", null, "triangular(0.5, 0.75, 0.9)", 0.5, 0.9, false),
        new("onboarding_weeks", "uncertainty", "replacement.onboarding_weeks", null, "integer_uniform(4, 20)", 4, 20, true),
        new("demand_growth", "uncertainty", "agency.demand_growth", null, "normal(0.02, 0.01) in [0, 0.05]", 0, 0.05, false),
        new("policy_shock_week", "uncertainty", "injects.policy_shock.week", null, "discrete(12, 26, 52)", 12, 52, true),
        new("trust_decay", "uncertainty", "vendors.incumbent.trust_decay", null, "lognormal(-3, 0.5) in [0, 0.2]", 0, 0.2, false),
        new("legal_challenge", "uncertainty", "contract.legal_challenge", null, "bernoulli(0.3)", 0, 1, true),
        new("phase_weeks", "lever", "phase_weeks", "phased_reduction", "integer_uniform(8, 40)", 8, 40, true),
        new("dual_split", "lever", "split", "dual_source", "uniform(0.3, 0.7)", 0.3, 0.7, false),
    ];

    /// <summary>A complete sweep with every section's data.</summary>
    public static ExperimentSummary Build(int scatterPoints = 120, int runs = 60)
    {
        var rng = new Lcg(20240917);
        var ranks = Ranks(MeanScores);
        var strategies = Strategies.Select((name, s) => Strategy(name, s, ranks[s], rng)).ToArray();
        var front = new[] { "structured_replacement", "phased_reduction", "status_quo" };
        strategies = [.. strategies.Select(s => s with { ParetoEfficient = front.Contains(s.Strategy) })];
        return new ExperimentSummary(
            new ExperimentHeader(
                "sweep", "usage-policy-standoff", "lhs", 200, 5, 42UL, Strategies, Inputs,
                ["mission_capability_min >= 0.6", "red_line_breaches == 0"], "mission_capability_min < 0.5", Complete: true),
            States: 1000,
            Strategies: strategies,
            ParetoFront: front,
            Methods:
            [
                "Quantiles: Hyndman and Fan (1996) type 7.",
                "Mean score interval: Student t, 90%.",
                "Regret: Savage (1951) minimax regret, per state of the world.",
                "Satisficing: share of states meeting every criterion (Starr's domain criterion; Schneller and Sphicas 1983).",
                "Scenario discovery: PRIM, Friedman and Fisher (1999); peeling alpha 0.05.",
                "Feature importance: first-order index as the correlation ratio over 10 quantile bins; Spearman rank correlation for the direction.",
            ],
            Fan: [.. Strategies.Select((name, s) => Fan(name, s))],
            Scatter: [.. Strategies.Select((name, s) => Scatter(name, s, scatterPoints, rng))],
            Discovery: [.. Strategies.Select((name, s) => Prim(name, s))],
            Importance: [.. Strategies.SelectMany((name, s) => Importance(name, s, rng))],
            Runs: [.. Strategies.Select((name, s) => Runs(name, s, runs, rng))]);
    }

    /// <summary>
    /// Sampled runs of a strategy: the uncertainties, its own lever, score, capability, cost, gap weeks and fail.
    /// Run i's value on input j is (i + j) mod 10 / 10 of the input's range above its minimum, so a test can find it.
    /// </summary>
    private static SampledRuns Runs(string name, int s, int runs, Lcg rng)
    {
        var axes = new List<SampledAxis>();
        foreach (var (input, j) in Inputs.Select((input, j) => (input, j)).Where(p => p.input.Strategy is null || p.input.Strategy == name))
        {
            axes.Add(new SampledAxis(input.Name, true, [.. Enumerable.Range(0, runs).Select(i => input.Min + (input.Max - input.Min) * ((i + j) % 10) / 10.0)], input.Min, input.Max));
        }

        var score = Enumerable.Range(0, runs).Select(_ => MeanScores[s] + 8 * rng.Normal()).ToArray();
        axes.Add(Outcome("score", score));
        axes.Add(Outcome(MetricNames.MissionCapabilityMean, [.. Enumerable.Range(0, runs).Select(_ => 0.8 + 0.04 * rng.Normal())]));
        axes.Add(Outcome(MetricNames.TotalCost, [.. Enumerable.Range(0, runs).Select(_ => 2_400_000 + 180_000 * rng.Normal())]));
        axes.Add(Outcome(MetricNames.CapabilityGapWeeks, [.. Enumerable.Range(0, runs).Select(i => (double)(i % 9))]));
        axes.Add(new SampledAxis("fail", false, [.. score.Select(v => v < 50 ? 1.0 : 0.0)], 0, 1));
        return new SampledRuns(name, runs, axes);
    }

    private static SampledAxis Outcome(string name, double[] values) => new(name, false, values, values.Min(), values.Max());

    /// <summary>A compare: no sampled inputs, no discovery or importance, no satisficing criteria.</summary>
    public static ExperimentSummary Compare()
    {
        var full = Build();
        return full with
        {
            Header = full.Header with { Command = "compare", Design = "mc", Inputs = [], Satisficing = [], Fail = null },
            Discovery = [],
            Importance = [],
            Runs = [],
        };
    }

    /// <summary>The summary with strategy <paramref name="from"/> called <paramref name="to"/> everywhere it is named.</summary>
    public static ExperimentSummary Rename(ExperimentSummary summary, string from, string to)
    {
        string R(string name) => name == from ? to : name;
        return summary with
        {
            Header = summary.Header with
            {
                Strategies = [.. summary.Header.Strategies.Select(R)],
                Inputs = [.. summary.Header.Inputs.Select(i => i with { Strategy = i.Strategy is { } s ? R(s) : null })],
            },
            Strategies = [.. summary.Strategies.Select(s => s with { Strategy = R(s.Strategy) })],
            ParetoFront = [.. summary.ParetoFront.Select(R)],
            Fan = [.. summary.Fan.Select(f => f with { Strategy = R(f.Strategy) })],
            Scatter = [.. summary.Scatter.Select(f => f with { Strategy = R(f.Strategy) })],
            Discovery = [.. summary.Discovery.Select(f => f with { Strategy = R(f.Strategy) })],
            Importance = [.. summary.Importance.Select(f => f with { Strategy = R(f.Strategy) })],
            Runs = summary.Runs is null ? null : [.. summary.Runs.Select(f => f with { Strategy = R(f.Strategy) })],
        };
    }

    public static MetricStats Stats(string metric, double mean, double sd, double min, double max) =>
        new(metric, mean, sd, min, mean - 1.28 * sd, mean - 0.67 * sd, mean, mean + 0.67 * sd, mean + 1.28 * sd, max,
            Math.Max(min, mean - 2.7 * sd), Math.Min(max, mean + 2.7 * sd));

    private static int[] Ranks(double[] means)
    {
        var order = means.Select((m, i) => (m, i)).OrderByDescending(x => x.m).Select(x => x.i).ToArray();
        var ranks = new int[means.Length];
        for (var r = 0; r < order.Length; r++) ranks[order[r]] = r + 1;
        return ranks;
    }

    private static StrategySummary Strategy(string name, int s, int rank, Lcg rng)
    {
        var mean = MeanScores[s];
        var metrics = new List<MetricStats> { Stats("score", mean, 6 + s, Math.Max(0, mean - 30), Math.Min(100, mean + 25)) };
        foreach (var metric in MetricNames.All)
        {
            var (m, sd) = Typical(metric, s);
            metrics.Add(Stats(metric, m, sd, Math.Max(0, m - 4 * sd), m + 4 * sd));
        }

        var best = (1 - (rank - 1) / 7.0) * 0.4 * (1 + 0.1 * rng.Next());
        return new StrategySummary(
            name, 1000, metrics, new Interval(0.9, mean - 0.6, mean + 0.6), rank, best,
            MaxRegret: 20 + 4 * rank, MeanRegret: 1.5 + 3.5 * (rank - 1), Satisficing: 0.95 - 0.11 * rank, ParetoEfficient: false);
    }

    private static (double Mean, double Sd) Typical(string metric, int s) => metric switch
    {
        MetricNames.MissionCapabilityMean => (0.78 + 0.02 * (s % 3), 0.04),
        MetricNames.MissionCapabilityMin => (0.52 + 0.04 * (s % 4), 0.08),
        MetricNames.CapabilityGapWeeks => (4 + 3 * (s % 3), 2.5),
        MetricNames.TransitionWeeks => (18 + 5 * (s % 4), 6),
        MetricNames.TotalCost => (2_400_000 + 250_000 * ((s * 3) % 7), 180_000),
        MetricNames.PolicyConflicts => (300 - 35 * s, 60),
        MetricNames.RedLineBreaches => (0.4 + 0.5 * (s % 3), 0.6),
        MetricNames.EthicalExposure => (120 - 9 * s, 15),
        MetricNames.VendorConcentrationHhi => (4000 + 700 * (s % 5), 600),
        MetricNames.IncumbentTrustFinal => (0.6 - 0.06 * s, 0.1),
        _ => (0.25 + 0.03 * (s % 4), 0.05),
    };

    private static FanBand Fan(string name, int s)
    {
        var p50 = new double[Weeks];
        for (var t = 0; t < Weeks; t++)
        {
            // Full service, a dip after the policy shock of week 12 that recovers at a strategy's own pace.
            var dip = t < 12 ? 0 : (0.12 + 0.03 * (s % 4)) * Math.Exp(-(t - 12) / (8.0 + 4 * s));
            p50[t] = 0.93 - dip;
        }

        return new FanBand(
            name,
            [.. p50.Select((v, t) => Math.Max(0, v - 0.04 - (t < 12 ? 0 : 0.05)))],
            p50,
            [.. p50.Select(v => Math.Min(1, v + 0.035))]);
    }

    private static ScatterSeries Scatter(string name, int s, int points, Lcg rng)
    {
        var (cost, costSd) = Typical(MetricNames.TotalCost, s);
        var (capability, capabilitySd) = Typical(MetricNames.MissionCapabilityMean, s);
        var costs = new double[points];
        var capabilities = new double[points];
        for (var i = 0; i < points; i++)
        {
            costs[i] = cost + costSd * rng.Normal();
            capabilities[i] = Math.Clamp(capability + capabilitySd * rng.Normal(), 0, 1);
        }

        return new ScatterSeries(name, costs, capabilities, cost, capability);
    }

    private static PrimResult Prim(string name, int s)
    {
        const int runs = 1000;
        var cases = 60 + 25 * s;
        var baseRate = (double)cases / runs;
        var steps = new List<PrimStep>();
        for (var k = 0; k <= 14; k++)
        {
            var coverage = 1 - 0.035 * k;
            var density = baseRate + (0.85 - baseRate) * (1 - Math.Exp(-k / 4.0));
            steps.Add(new PrimStep(k, coverage, density, coverage * baseRate / density, Math.Min(k, 4) - (k > 10 ? 1 : 0)));
        }

        var chosen = steps[9];
        var limits = Inputs.Select((input, i) => i switch
        {
            0 => new BoxLimit(input.Name, 0.12 + 0.01 * s, input.Max, true),
            1 => new BoxLimit(input.Name, input.Min, 0.74, true),
            3 => new BoxLimit(input.Name, 11, 20, s % 2 == 0),
            _ => new BoxLimit(input.Name, input.Min, input.Max, false),
        }).ToArray();
        return new PrimResult(name, "mission_capability_min < 0.5", cases, runs,
            new PrimBox(chosen.Coverage, chosen.Density, chosen.Mass, limits), steps);
    }

    private static IEnumerable<ImportanceRanking> Importance(string name, int s, Lcg rng)
    {
        foreach (var outcome in (string[])["score", .. MetricNames.All, "fail"])
        {
            var ranked = Inputs
                .Select((input, i) => new InputImportance(input.Name, Math.Max(0, 0.5 * Math.Exp(-((i + s + outcome.Length) % 10) / 1.6) + 0.01 * rng.Next()), rng.Next() * 2 - 1))
                .OrderByDescending(x => x.FirstOrder)
                .ToArray();
            yield return new ImportanceRanking(name, outcome, ranked);
        }
    }

    /// <summary>A small deterministic generator (Knuth's MMIX constants), so the sample is the same on every machine.</summary>
    private sealed class Lcg(ulong seed)
    {
        private ulong _state = seed;

        public double Next()
        {
            _state = _state * 6364136223846793005UL + 1442695040888963407UL;
            return (_state >> 11) * (1.0 / (1UL << 53));
        }

        public double Normal() => Math.Sqrt(-2 * Math.Log(1 - Next())) * Math.Cos(2 * Math.PI * Next());
    }
}
