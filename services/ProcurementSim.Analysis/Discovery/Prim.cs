using MathNet.Numerics;
using ProcurementSim.Analysis.Summary;

namespace ProcurementSim.Analysis.Discovery;

/// <summary>
/// The Patient Rule Induction Method (Friedman and Fisher 1999) as scenario discovery uses it (Bryant and Lempert 2010),
/// with the conventions of the EMA Workbench (Kwakkel 2017): peeling and pasting as <see cref="PrimSearch"/>, the box
/// chosen from the trajectory (the densest with coverage ≥ <see cref="MinCoverage"/>; ties: higher coverage, then the
/// earlier box), and for it the workbench's statistics: a quasi-p-value per restricted limit and, per input, how often
/// PRIM on random halves of the runs restricts it (<see cref="ResampleIterations"/> searches).
/// </summary>
internal static class Prim
{
    /// <summary>Share of the box removed by a peel.</summary>
    public const double Alpha = PrimSearch.PeelAlpha;

    /// <summary>Smallest share of all runs a box may hold (the minimum support).</summary>
    public const double MinMass = PrimSearch.MinMass;

    /// <summary>Coverage a box needs to be chosen.</summary>
    public const double MinCoverage = 0.5;

    /// <summary>PRIM searches on random subsets for the reproducibility of each input (the workbench's <c>resample</c> default).</summary>
    public const int ResampleIterations = 10;

    /// <summary>Share of the runs in each resampled subset (the workbench's default <c>p</c>), rounded down.</summary>
    public const double ResampleShare = 0.5;

    /// <summary>
    /// Searches <paramref name="inputs"/> for the runs where <paramref name="interest"/> is true. With no case of interest the
    /// box is null and the trajectory empty; when every run is one, the box is null and the trajectory the whole space.
    /// <paramref name="seed"/> draws the resampled subsets; with <paramref name="resample"/> false they are skipped (null).
    /// </summary>
    public static (PrimBox? Box, IReadOnlyList<PrimStep> Trajectory) Run(
        IReadOnlyList<DiscoveryInput> inputs, bool[] interest, ulong seed = 0, bool resample = true)
    {
        var n = interest.Length;
        var cases = interest.Count(v => v);
        if (cases == 0) return (null, []);
        if (cases == n) return (null, [new PrimStep(0, 1, 1, 1, 0)]);

        var search = new PrimSearch(inputs, interest);
        var boxes = search.Run();
        var steps = Steps(boxes, cases, n);
        var chosen = Choose(steps);
        var box = boxes[chosen];
        var quasiP = QuasiP(search, box, inputs.Count);
        var reproduce = resample ? Reproducibility(inputs, interest, steps[chosen], seed) : null;
        var limits = inputs
            .Select((input, j) => new BoxLimit(input.Name, box.Low[j], box.High[j], box.Restricted[j],
                quasiP[j].Low, quasiP[j].High, reproduce?[j].Coverage, reproduce?[j].Density))
            .ToArray();
        var step = steps[chosen];
        return (new PrimBox(step.Coverage, step.Density, step.Mass, limits, chosen), steps);
    }

    /// <summary>The trajectory's figures: coverage (0 with no case of interest, as the workbench), density, mass.</summary>
    private static PrimStep[] Steps(IReadOnlyList<PrimSearch.Entry> boxes, int cases, int n) =>
        [.. boxes.Select((b, i) => new PrimStep(
            i, (double)b.Interest / Math.Max(cases, 1), b.Runs == 0 ? 0 : (double)b.Interest / b.Runs, (double)b.Runs / n,
            b.Restricted.Count(r => r), b.Pasted))];

    /// <summary>The densest box with coverage ≥ <see cref="MinCoverage"/> (ties: higher coverage, then the earlier box); the whole space always qualifies.</summary>
    internal static int Choose(IReadOnlyList<PrimStep> steps) => steps
        .Where(s => s.Coverage >= MinCoverage)
        .OrderByDescending(s => s.Density)
        .ThenByDescending(s => s.Coverage)
        .ThenBy(s => s.Step)
        .Select(s => s.Step)
        .FirstOrDefault(0);

    /// <summary>
    /// The workbench's quasi-p-values (Bryant and Lempert 2010): for each restricted limit, with the box holding T runs of
    /// which H are cases of interest, and the box without that one limit holding T′ runs of which H′ are, the one-sided
    /// binomial probability P(X ≥ H) for X ~ Binomial(T, H′/T′), computed as the regularized incomplete beta I_p(H, T − H + 1).
    /// </summary>
    private static (double? Low, double? High)[] QuasiP(PrimSearch search, PrimSearch.Entry box, int inputs)
    {
        var result = new (double? Low, double? High)[inputs];
        for (var j = 0; j < inputs; j++)
        {
            if (!box.Restricted[j]) continue;
            result[j] = (
                box.Low[j] != search.Min(j) ? Dropped(j, search.Min(j), box.High[j]) : null,
                box.High[j] != search.Max(j) ? Dropped(j, box.Low[j], search.Max(j)) : null);
        }

        return result;

        double Dropped(int j, double low, double high)
        {
            var lows = (double[])box.Low.Clone();
            var highs = (double[])box.High.Clone();
            (lows[j], highs[j]) = (low, high);
            var (runs, interest) = search.Count(lows, highs);
            return UpperTail(box.Interest, box.Runs, (double)interest / runs);
        }
    }

    /// <summary>P(X ≥ <paramref name="k"/>) for X ~ Binomial(<paramref name="n"/>, <paramref name="p"/>).</summary>
    public static double UpperTail(int k, int n, double p)
    {
        if (k <= 0) return 1;
        if (k > n) return 0;
        if (p <= 0) return 0;
        if (p >= 1) return 1;
        return Math.Clamp(SpecialFunctions.BetaRegularized(k, n - k + 1, p), 0, 1);
    }

    /// <summary>
    /// The workbench's <c>resample</c>: PRIM (peeling and pasting, same parameters) on <see cref="ResampleIterations"/>
    /// subsets of ⌊n · <see cref="ResampleShare"/>⌋ runs drawn without replacement; for each, the trajectory's box nearest
    /// to the chosen one in coverage (first such box on ties) and the one nearest in density; per input, the share of the
    /// searches whose box restricts it.
    /// </summary>
    private static (double Coverage, double Density)[] Reproducibility(IReadOnlyList<DiscoveryInput> inputs, bool[] interest, PrimStep chosen, ulong seed)
    {
        var n = interest.Length;
        var size = (int)(n * ResampleShare);
        var coverage = new int[inputs.Count];
        var density = new int[inputs.Count];
        var draws = new SubsetDraws(seed);
        // The subsets are drawn in order first, so the searches may run at once and still give the same shares.
        var subsets = Enumerable.Range(0, ResampleIterations).Select(_ => draws.Next(n, size)).ToArray();
        var restricts = new (bool[] ByCoverage, bool[] ByDensity)[ResampleIterations];
        Parallel.For(0, ResampleIterations, r =>
        {
            var subset = subsets[r];
            var sub = inputs.Select(i => i with { Values = [.. subset.Select(s => i.Values[s])] }).ToArray();
            var subInterest = subset.Select(s => interest[s]).ToArray();
            var cases = subInterest.Count(v => v);
            var boxes = new PrimSearch(sub, subInterest).Run();
            var steps = Steps(boxes, cases, size);
            restricts[r] = (boxes[Nearest(steps, s => s.Coverage, chosen.Coverage)].Restricted, boxes[Nearest(steps, s => s.Density, chosen.Density)].Restricted);
        });

        foreach (var (byCoverage, byDensity) in restricts)
        {
            for (var j = 0; j < inputs.Count; j++)
            {
                if (byCoverage[j]) coverage[j]++;
                if (byDensity[j]) density[j]++;
            }
        }

        return [.. coverage.Select((c, j) => ((double)c / ResampleIterations, (double)density[j] / ResampleIterations))];
    }

    private static int Nearest(PrimStep[] steps, Func<PrimStep, double> figure, double target)
    {
        var best = 0;
        for (var i = 1; i < steps.Length; i++)
        {
            if (Math.Abs(figure(steps[i]) - target) < Math.Abs(figure(steps[best]) - target)) best = i;
        }

        return best;
    }
}
