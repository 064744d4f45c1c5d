namespace ProcurementSim.Analysis.Optimization;

/// <summary>
/// NSGA-II (Deb, Pratap, Agarwal &amp; Meyarivan 2002), seeded and deterministic, knowing nothing of what it optimises:
/// it hands batches of gene vectors to an evaluator and minimises every objective it gets back.
/// </summary>
/// <remarks>
/// One generation: N parents are picked by binary tournament (two distinct members drawn uniformly; the lower rank
/// wins, then the larger crowding distance, then the first drawn); consecutive parents are paired, crossed (SBX) and
/// mutated (polynomial), and their genes repaired (<see cref="DecisionVariable.Repair"/>); the N children are
/// evaluated in one batch; parents then children are sorted into fronts together, and the next population takes whole
/// fronts in order, then the members of the first front that does not fit by decreasing crowding distance (ties: the
/// earlier index). Every random draw comes from one <see cref="SearchRandom"/> in that order, and the evaluator is
/// called with the batch in order, so the search is a pure function of the settings and the evaluator's answers.
/// </remarks>
public static class Nsga2
{
    /// <summary>Runs the search.</summary>
    /// <param name="variables">The genes.</param>
    /// <param name="settings">Population, generations, seed and operator parameters.</param>
    /// <param name="evaluate">
    /// Objectives (to minimise; NaN is read as +∞) of each gene vector of a batch, in the batch's order; null to stop
    /// the search (it then ends with the last complete generation).
    /// </param>
    /// <param name="generationDone">Called after each generation with its number (0: the initial population), or null.</param>
    /// <returns>The last population and every generation's front; null when the evaluator stopped before the initial population was evaluated.</returns>
    public static Nsga2Result? Run(IReadOnlyList<DecisionVariable> variables, Nsga2Settings settings,
        Func<IReadOnlyList<double[]>, double[][]?> evaluate, Action<int>? generationDone = null)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(evaluate);
        if (variables.Count == 0) throw new ArgumentException("the search needs at least one variable", nameof(variables));
        if (variables.Any(v => !(v.Upper >= v.Lower) || double.IsInfinity(v.Lower) || double.IsInfinity(v.Upper)))
        {
            throw new ArgumentException("every variable needs finite bounds with lower ≤ upper", nameof(variables));
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Population, 4);
        ArgumentOutOfRangeException.ThrowIfNegative(settings.Generations);
        var random = new SearchRandom(settings.Seed);
        var n = settings.Population;
        var mutation = settings.MutationProbability ?? 1.0 / variables.Count;

        // The initial population: per candidate, per gene, one uniform draw in the operator bounds, repaired.
        var genes = new List<double[]>(n);
        for (var i = 0; i < n; i++)
        {
            var g = new double[variables.Count];
            for (var v = 0; v < g.Length; v++)
            {
                var (low, high) = variables[v].OperatorBounds;
                g[v] = variables[v].Repair(low + random.NextDouble() * (high - low));
            }
            genes.Add(g);
        }
        if (Evaluate(evaluate, genes) is not { } objectives) return null;
        long evaluations = n;
        var population = Select(genes, objectives, n);
        var fronts = new List<IReadOnlyList<double[]>> { FrontOf(population) };
        generationDone?.Invoke(0);

        var generation = 0;
        for (; generation < settings.Generations; generation++)
        {
            var children = new List<double[]>(n + 1);
            while (children.Count < n)
            {
                var a = (double[])Tournament(population, random).Genes.Clone();
                var b = (double[])Tournament(population, random).Genes.Clone();
                Variation.Crossover(a, b, variables, settings.CrossoverProbability, settings.CrossoverEta, random);
                Variation.Mutate(a, variables, mutation, settings.MutationEta, random);
                Variation.Mutate(b, variables, mutation, settings.MutationEta, random);
                for (var v = 0; v < a.Length; v++)
                {
                    a[v] = variables[v].Repair(a[v]);
                    b[v] = variables[v].Repair(b[v]);
                }
                children.Add(a);
                if (children.Count < n) children.Add(b);
            }
            if (Evaluate(evaluate, children) is not { } childObjectives) break;
            evaluations += n;
            population = Select([.. population.Select(c => c.Genes), .. children], [.. population.Select(c => c.Objectives), .. childObjectives], n);
            fronts.Add(FrontOf(population));
            generationDone?.Invoke(generation + 1);
        }
        return new Nsga2Result(population, generation, fronts, evaluations, generation == settings.Generations);
    }

    /// <summary>The <paramref name="size"/> survivors of a merged population, front by front, the last front by crowding.</summary>
    internal static List<Candidate> Select(IReadOnlyList<double[]> genes, IReadOnlyList<double[]> objectives, int size)
    {
        var next = new List<Candidate>(size);
        var rank = 0;
        foreach (var front in Dominance.Fronts(objectives))
        {
            if (next.Count >= size) break;
            var crowding = Crowding.Distances(objectives, front);
            var order = Enumerable.Range(0, front.Count).ToArray();
            if (next.Count + front.Count > size)
            {
                Array.Sort(order, (x, y) =>
                {
                    var c = crowding[y].CompareTo(crowding[x]);
                    return c != 0 ? c : front[x].CompareTo(front[y]);
                });
            }
            foreach (var k in order)
            {
                if (next.Count >= size) break;
                next.Add(new Candidate(genes[front[k]], objectives[front[k]], rank, crowding[k]));
            }
            rank++;
        }
        return next;
    }

    private static Candidate Tournament(List<Candidate> population, SearchRandom random)
    {
        var i = random.NextInt(population.Count);
        var j = random.NextInt(population.Count - 1);
        if (j >= i) j++;
        var (a, b) = (population[i], population[j]);
        if (a.Rank != b.Rank) return a.Rank < b.Rank ? a : b;
        return b.Crowding > a.Crowding ? b : a;
    }

    private static double[][]? Evaluate(Func<IReadOnlyList<double[]>, double[][]?> evaluate, List<double[]> genes)
    {
        var result = evaluate(genes);
        if (result is null) return null;
        if (result.Length != genes.Count) throw new InvalidOperationException("the evaluator must return one objective vector per candidate");
        var objectives = new double[result.Length][];
        for (var i = 0; i < result.Length; i++)
        {
            objectives[i] = [.. result[i].Select(v => double.IsNaN(v) ? double.PositiveInfinity : v)];
        }
        return objectives;
    }

    private static double[][] FrontOf(List<Candidate> population) => [.. population.Where(c => c.Rank == 0).Select(c => c.Objectives)];
}
