using System.Globalization;
using ProcurementSim.Analysis.Discovery;
using ProcurementSim.Analysis.Statistics;

namespace ProcurementSim.Analysis;

/// <summary>The method lines of a summary: what was computed, how, and from which reference (docs/MODEL.md §13).</summary>
internal static class MethodNotes
{
    /// <summary>One line per method the summary used.</summary>
    /// <param name="options">The analysis options.</param>
    /// <param name="fan">The capability fan was computed.</param>
    /// <param name="prim">PRIM was run.</param>
    /// <param name="importance">The importance ranking was computed.</param>
    /// <param name="streamed">When the states did not fit the outcome table's budget: all states and the states kept as a sample.</param>
    public static IReadOnlyList<string> For(AnalysisOptions options, bool fan, bool prim, bool importance, (int States, int Kept)? streamed = null)
    {
        var level = (options.ConfidenceLevel * 100).ToString("0.##", CultureInfo.InvariantCulture);
        var lines = new List<string>
        {
            "States of the world: common random numbers — run i of every strategy uses the same sampled inputs and the same random streams, so strategies are compared state by state",
            "Quantiles (P10, Q1, median, Q3, P90): Hyndman & Fan (1996) definition 7; box-plot whiskers at 1.5 IQR beyond the quartiles (Tukey 1977)",
            $"Confidence interval on the mean score: Student (1908) t, mean ± t((1+L)/2, n−1)·s/√n at L = {level} %; runs share common random numbers, so compare strategies by regret rather than by overlapping intervals",
            "Rank: by mean score, highest first (equal means by name)",
            "Regret: Savage (1951) minimax regret, computed against the best strategy in each state of the world; maximum and mean over the states",
            "Probability of being best: share of states of the world in which the strategy scores highest, ties shared equally",
            $"Satisficing: Starr (1963) domain criterion — share of states of the world meeting every criterion ({string.Join("; ", options.Satisficing.Select(c => c.Text))})",
            "Pareto efficiency: not dominated on the strategy means of mission_capability_mean (higher), total_cost (lower) and red_line_breaches (lower) (Pareto 1906)",
        };
        if (streamed is { } s)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"Streamed statistics: the {s.States:N0} states of the world are more than the {s.Kept:N0} kept in memory, so means, standard deviations, minima and maxima are running (Welford 1962) over every state, and the quantiles (P10, Q1, median, Q3, P90, the whiskers{(fan ? ", the capability fan" : "")}) come from a DDSketch (Masson, Rim & Lee 2019) with relative accuracy {QuantileSketch.RelativeAccuracy:0.###}: each is within {QuantileSketch.RelativeAccuracy * 100:0.#} % of the value of rank ⌊q(n−1)⌋ rather than the type 7 interpolation; regret, probability of being best and satisficing are exact over every state"));
            if (prim || importance)
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"Scenario discovery and input importance: on a uniform random sample of {s.Kept:N0} of the {s.States:N0} states (reservoir sampling, Vitter 1985, with SplitMix64 draws)"));
            }
        }

        if (fan) lines.Add("Capability fan: P10, median and P90 of weekly mission capability over the runs, week by week (Hyndman & Fan 1996 definition 7)");
        if (prim)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"PRIM: Friedman & Fisher (1999) with the EMA Workbench's conventions (Kwakkel 2017): peeling α = {Prim.Alpha} (a peel moves a limit to the box's α quantile, so ⌊(N − 1)α⌋ + 1 of N distinct values go), minimum mass {Prim.MinMass}, the peel with the largest gain in density per run removed (the lenient objective of Kwakkel & Jaxa-Rozen 2016; ties: fewer restricted inputs, then real-valued inputs before integer ones in listed order, upper limit before lower), peeling stops at the first best peel that fails the mass or objective test; then pasting (α = {PrimSearch.PasteAlpha}) while it raises the objective; box: the densest of the trajectory with coverage ≥ {Prim.MinCoverage} (ties: higher coverage, then the earlier box); per restricted limit a quasi-p-value (one-sided binomial test against the box without that limit, Bryant & Lempert 2010); per input the share of {Prim.ResampleIterations} PRIM searches on random halves of the runs that restrict it"));
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"CART: a classification tree on the fail condition (Breiman, Friedman, Olshen & Stone 1984), Gini impurity, binary splits at midpoints between an input's values, at least ⌊{Cart.MinMass}·n⌋ runs per leaf, no other depth limit (the EMA Workbench's setting); split ties: the input listed first, then the lower threshold; reported: up to {Cart.MaxBoxes} leaves denser than the share of cases, densest first"));
        }

        if (importance)
        {
            lines.Add("First-order sensitivity: correlation ratio from given data (Saltelli et al. 2008; Plischke 2010; Plischke, Borgonovo & Smith 2013) over one bin per value of a discrete input or B = clamp(round(√n/2), 2, 50) equal-count bins of a continuous one, bias-corrected as Kelley's (1935) ε² and clamped to [0, 1]");
            lines.Add("Direction of effect: Spearman (1904) rank correlation, average ranks for ties");
        }

        return lines;
    }

    /// <summary>The line of the Sobol indices (a sweep with the <c>sobol</c> design).</summary>
    public static string Sobol(SobolOptions options) => string.Create(CultureInfo.InvariantCulture,
        $"Sobol indices: Saltelli's sampling (Saltelli 2002) of N = {options.Layout.BaseRows:N0} base rows × (k + 2) = {options.Layout.Samples:N0} samples; first order S_i = mean(f_B(f_AB_i − f_A))/V (Saltelli et al. 2010), total order ST_i = mean((f_A − f_AB_i)²)/(2V) (Jansen 1999), V the variance of the f_A and f_B values, outputs centred on their mean; {options.Level * 100:0.##} % percentile intervals from {options.Resamples:N0} bootstrap resamples of the base rows (Efron & Tibshirani 1993); a constant output has every index 0");
}
