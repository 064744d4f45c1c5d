using ProcurementSim.Analysis.Charts;
using ProcurementSim.Analysis.Discovery;
using ProcurementSim.Analysis.Pareto;
using ProcurementSim.Analysis.Robustness;
using ProcurementSim.Analysis.Statistics;
using ProcurementSim.Analysis.Summary;
using ProcurementSim.Core.Metrics;

namespace ProcurementSim.Analysis;

/// <summary>Turns an experiment's outcome table into the summary that compare.json, sweep.json and the report show.</summary>
public static class ExperimentAnalysis
{
    /// <summary>
    /// Summarises <paramref name="table"/>; <paramref name="header"/> is passed through. Only the states every strategy
    /// has played count (a stopped experiment may end part-way through a state); with none, the statistics are NaN.
    /// </summary>
    /// <exception cref="ArgumentException">No satisficing criterion was given.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The confidence level is not strictly between 0 and 1.</exception>
    public static ExperimentSummary Summarize(OutcomeTable table, ExperimentHeader header, AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Satisficing.Count == 0) throw new ArgumentException("at least one satisficing criterion is required", nameof(options));
        if (!(options.ConfidenceLevel is > 0 and < 1)) throw new ArgumentOutOfRangeException(nameof(options), options.ConfidenceLevel, "the confidence level must be strictly between 0 and 1");

        // While every state fits the table's budget, everything is computed from all of them; past it, from the
        // streaming statistics, and scenario discovery from the uniform sample of states the table keeps.
        var streaming = table.Streaming;
        if (streaming is not null && !SameCriteria(table.Analysis!, options))
        {
            throw new ArgumentException("a streaming table's satisficing counts were made with other criteria than these options'", nameof(options));
        }

        var states = new CompleteStates(table);
        var names = states.Strategies;
        var strategies = Enumerable.Range(0, names.Count).ToArray();
        var stats = strategies.Select(k => OutcomeTable.Outcomes.Select((o, i) =>
            streaming?.Stats(k, i) ?? Descriptive.Of(o, states.Outcome(k, i))).ToArray()).ToArray();
        var regret = streaming?.Regret() ?? Regret.Of([.. strategies.Select(k => states.Outcome(k, 0))]);
        var rank = Ranking.Of(names, [.. stats.Select(s => s[0].Mean)]);
        var efficient = ParetoFront.Efficient([.. stats.Select(s => new Objectives(
            Mean(s, MetricNames.MissionCapabilityMean), Mean(s, MetricNames.TotalCost), Mean(s, MetricNames.RedLineBreaches)))]);

        var summaries = strategies.Select(k => new StrategySummary(
            names[k],
            table.States,
            stats[k],
            MeanInterval.Of(stats[k][0].Mean, stats[k][0].StdDev, table.States, options.ConfidenceLevel),
            rank[k],
            regret[k].ProbabilityBest,
            regret[k].Max,
            regret[k].Mean,
            streaming?.Satisficing(k) ?? Robustness.Satisficing.Share(states, k, options.Satisficing),
            efficient[k])).ToArray();

        var fan = !states.KeepCapability ? []
            : strategies.Select(k => streaming?.Fan(k, names[k]) ?? FanChart.Of(names[k], states.Capability(k))).ToArray();
        var scatter = strategies.Select(k => streaming?.Scatter(k, names[k]) ?? ScatterSample.Of(
            names[k], states.Outcome(k, MetricNames.TotalCost), states.Outcome(k, MetricNames.MissionCapabilityMean))).ToArray();

        var runs = states.Inputs.Count == 0 ? [] : strategies.Select(k => RunSample.Of(
            states, k, options.Fail is null ? null : OutcomeRows.Evaluate(states, k, options.Fail))).ToArray();

        var runPrim = options.Discovery && options.Fail is not null && states.Inputs.Count > 0;
        var runImportance = options.Discovery && states.Inputs.Count > 0;
        var discovery = new List<PrimResult>();
        var cart = new List<CartResult>();
        var importance = new List<ImportanceRanking>();
        if (runPrim || runImportance)
        {
            // Inputs are per state, shared by every strategy: sort, bin and rank each once.
            var usable = DiscoveryInput.All(states);
            var bins = new Lazy<InputBins>[usable.Count];
            var ranks = new Lazy<double[]>[usable.Count];
            for (var j = 0; j < usable.Count; j++)
            {
                var input = usable[j].Input;
                (bins[j], ranks[j]) = (new(() => InputBins.Of(input)), new(() => FeatureImportance.Ranks(input)));
            }

            foreach (var k in strategies)
            {
                var mine = Enumerable.Range(0, usable.Count).Where(j => DiscoveryInput.Affects(usable[j].Column, names[k])).ToArray();
                var inputs = mine.Select(j => usable[j].Input).ToArray();
                var fail = options.Fail is null ? null : OutcomeRows.Evaluate(states, k, options.Fail);
                if (runPrim)
                {
                    var (box, trajectory) = Prim.Run(inputs, fail!, unchecked(header.Seed + (ulong)k));
                    discovery.Add(new PrimResult(names[k], options.Fail!.Text, fail!.Count(v => v), fail!.Length, box, trajectory));
                    var (leaves, boxes) = Cart.Run(inputs, fail!);
                    cart.Add(new CartResult(names[k], options.Fail!.Text, fail!.Count(v => v), fail!.Length, leaves, boxes));
                }

                if (runImportance)
                {
                    importance.AddRange(Importance(states, k, inputs, [.. mine.Select(j => bins[j].Value)], [.. mine.Select(j => ranks[j].Value)], fail));
                }
            }
        }

        var methods = MethodNotes.For(options, fan.Length > 0, runPrim, runImportance, streaming is null ? null : (table.States, table.KeptStates));
        var sobol = table.Sobol?.Result(table.States, names, states.Inputs);
        if (sobol is not null) methods = [.. methods, MethodNotes.Sobol(options.Sobol!)];
        return new ExperimentSummary(
            header,
            table.States,
            summaries,
            [.. strategies.Where(k => efficient[k]).Select(k => names[k])],
            methods,
            fan,
            scatter,
            discovery,
            importance,
            streaming is null ? null : table.KeptStates,
            cart,
            sobol,
            runs);
    }

    private static bool SameCriteria(AnalysisOptions a, AnalysisOptions b) =>
        a.Satisficing.Select(c => c.Text).SequenceEqual(b.Satisficing.Select(c => c.Text), StringComparer.Ordinal);

    private static double Mean(MetricStats[] stats, string metric) => stats.First(s => s.Metric == metric).Mean;

    /// <summary>The importance rankings of one strategy: score, each metric, then <c>fail</c> when a fail condition is given.</summary>
    private static IEnumerable<ImportanceRanking> Importance(
        CompleteStates table, int strategy, IReadOnlyList<DiscoveryInput> inputs, InputBins[] bins, double[][] ranks, bool[]? fail)
    {
        var name = table.Strategies[strategy];
        for (var o = 0; o < OutcomeTable.Outcomes.Count; o++)
        {
            var y = table.Outcome(strategy, o).ToArray();
            yield return new ImportanceRanking(name, OutcomeTable.Outcomes[o], FeatureImportance.Rank(inputs, bins, ranks, y));
        }

        if (fail is not null)
        {
            var y = fail.Select(v => v ? 1.0 : 0.0).ToArray();
            yield return new ImportanceRanking(name, "fail", FeatureImportance.Rank(inputs, bins, ranks, y));
        }
    }
}
