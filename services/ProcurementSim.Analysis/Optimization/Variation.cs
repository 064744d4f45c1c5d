namespace ProcurementSim.Analysis.Optimization;

/// <summary>
/// The variation operators for real-coded genes, in the bounded forms of Deb's NSGA-II reference code: simulated binary
/// crossover (SBX; Deb &amp; Agrawal 1995) and polynomial mutation (Deb &amp; Goyal 1996). The order of the draws is
/// part of the contract (docs/MODEL.md §13.14), so a re-implementation gives the same children.
/// </summary>
public static class Variation
{
    private const double Tiny = 1e-14;

    /// <summary>
    /// Crosses <paramref name="a"/> and <paramref name="b"/> in place (each becomes a child). Draws: one number for
    /// whether the pair is crossed (below <paramref name="probability"/>); then per gene one number (at most 0.5: the
    /// gene is crossed) and, for a crossed gene whose parents differ by more than 1e-14, one for the spread and one for
    /// which child takes which value (below 0.5: swapped).
    /// </summary>
    public static void Crossover(double[] a, double[] b, IReadOnlyList<DecisionVariable> variables, double probability, double eta, SearchRandom random)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(random);
        if (random.NextDouble() >= probability) return;
        for (var i = 0; i < a.Length; i++)
        {
            if (random.NextDouble() > 0.5) continue;
            if (Math.Abs(a[i] - b[i]) <= Tiny) continue;
            var (low, high) = variables[i].OperatorBounds;
            var y1 = Math.Min(a[i], b[i]);
            var y2 = Math.Max(a[i], b[i]);
            var u = random.NextDouble();
            var c1 = 0.5 * (y1 + y2 - Spread(1 + 2 * (y1 - low) / (y2 - y1), eta, u) * (y2 - y1));
            var c2 = 0.5 * (y1 + y2 + Spread(1 + 2 * (high - y2) / (y2 - y1), eta, u) * (y2 - y1));
            c1 = Math.Clamp(c1, low, high);
            c2 = Math.Clamp(c2, low, high);
            if (random.NextDouble() < 0.5) (c1, c2) = (c2, c1);
            a[i] = c1;
            b[i] = c2;
        }
    }

    /// <summary>
    /// Mutates <paramref name="genes"/> in place. Draws per gene: one number (below <paramref name="probability"/>: the
    /// gene mutates) and, for a mutated gene of a non-empty interval, one for the perturbation.
    /// </summary>
    public static void Mutate(double[] genes, IReadOnlyList<DecisionVariable> variables, double probability, double eta, SearchRandom random)
    {
        ArgumentNullException.ThrowIfNull(genes);
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(random);
        for (var i = 0; i < genes.Length; i++)
        {
            if (random.NextDouble() >= probability) continue;
            var (low, high) = variables[i].OperatorBounds;
            if (!(high > low)) continue;
            var y = genes[i];
            var d1 = (y - low) / (high - low);
            var d2 = (high - y) / (high - low);
            var u = random.NextDouble();
            var power = 1.0 / (eta + 1);
            double dq;
            if (u <= 0.5)
            {
                var v = 2 * u + (1 - 2 * u) * Math.Pow(1 - d1, eta + 1);
                dq = Math.Pow(v, power) - 1;
            }
            else
            {
                var v = 2 * (1 - u) + 2 * (u - 0.5) * Math.Pow(1 - d2, eta + 1);
                dq = 1 - Math.Pow(v, power);
            }
            genes[i] = Math.Clamp(y + dq * (high - low), low, high);
        }
    }

    // β_q of bounded SBX: beta measures the room to the bound, alpha = 2 − beta^−(η+1).
    private static double Spread(double beta, double eta, double u)
    {
        var alpha = 2 - Math.Pow(beta, -(eta + 1));
        return u <= 1 / alpha
            ? Math.Pow(u * alpha, 1 / (eta + 1))
            : Math.Pow(1 / (2 - u * alpha), 1 / (eta + 1));
    }
}
