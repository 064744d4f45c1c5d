using System.Globalization;
using ProcurementSim.Analysis.LeverSearch;
using ProcurementSim.Analysis.Optimization;
using ProcurementSim.Analysis.Output;
using ProcurementSim.Analysis.Rows;
using ProcurementSim.Cli.Experiments;
using ProcurementSim.Cli.Output;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Reporting;

namespace ProcurementSim.Cli.Optimization;

/// <summary>
/// The end of a lever search, from its islands' results: the front (the non-dominated union of the islands' final
/// fronts), its re-evaluation in fresh states, the summary, and the files. <c>optimize</c> ends here, and so does
/// <c>merge</c> of its island shards, which is why both write the same bytes.
/// </summary>
internal static class SearchFinish
{
    /// <summary>
    /// The summary and the re-evaluation's runs. The re-evaluation runs only when every island completed and Ctrl-C was
    /// not pressed. <paramref name="inReferences"/>: the in-sample objectives of each strategy as written (plan order);
    /// <paramref name="islands"/>: in island order.
    /// </summary>
    public static SearchOutcome Finish(OptimizeContext context, IReadOnlyList<double[]> inReferences, IReadOnlyList<IslandResult> islands,
        IStatePlayer player, Action<long> done, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var references = context.InSample.Strategies.Count;

        // The front: the islands' final fronts, in island order, less what another island's point dominates; each
        // setting once, by its in-sample objectives (minimised form, objective by objective), then by its lever values.
        IslandPoint[] union = [.. islands.SelectMany(i => i.Front)];
        var kept = Dominance.NonDominated([.. union.Select(p => p.Minimised)]);
        var front = union.Where((_, i) => kept[i])
            .DistinctBy(p => CandidatePlayer.Key(p.Values), StringComparer.Ordinal)
            .OrderBy(p => CandidatePlayer.Minimised(context, p.Objectives), LexicographicComparer.Instance)
            .ThenBy(p => p.Values, LexicographicComparer.Instance)
            // Settings with the same in-sample objectives (to the bit) are one point of the front: the first stands for them.
            .GroupBy(p => CandidatePlayer.Key(p.Objectives), StringComparer.Ordinal)
            .Select(g => (g.First().Values, g.First().Objectives, Equivalent: g.Count()))
            .ToList();

        // The re-evaluation in fresh states, unless Ctrl-C stopped the search.
        StateRow[]? outReferences = null;
        RunRow[][]? outRows = null;
        CandidatePlayer? outSample = null;
        var complete = islands.Count == options.Islands && islands.All(i => i.Complete);
        if (complete && !cancellationToken.IsCancellationRequested)
        {
            outSample = new CandidatePlayer(context, new StatePool(context.OutOfSample), player, done, cancellationToken);
            outReferences = outSample.PlayReferences();
            outRows = outReferences is null ? null : outSample.PlayAll([.. front.Select(p => p.Values)]);
        }
        var reevaluated = outReferences is not null && outRows is not null;
        var outObjectives = reevaluated ? outRows!.Select(rows => outSample!.Judge(rows)).ToList() : null;
        var efficient = reevaluated ? Dominance.NonDominated([.. outObjectives!.Select(outSample!.Minimised)]) : null;

        // Generation g's set: the islands' non-dominated members of generation g, less what another island's dominates.
        var generations = islands.Min(i => i.Generations);
        var fronts = Enumerable.Range(0, islands.Min(i => i.Fronts.Count)).Select(g => islands.Count == 1 ? islands[0].Fronts[g] : Union(islands, g)).ToList();
        var (low, high, volumes) = SearchVolumes.Of(fronts, context.Objectives.Count);
        var header = new OptimizeHeader(context.InSample.Scenario.Name, context.Strategy.Name, context.Seed, context.OutOfSample.Request.Seed,
            options.Population, options.Generations, generations, options.States, reevaluated ? options.States : 0,
            new Nsga2Settings(options.Population, options.Generations, context.Seed),
            [.. context.Satisficing.Select(c => c.Text)], [.. context.InSample.Strategies.Select(s => s.Name)], Complete: reevaluated, Islands: options.Islands);
        var points = front.Select((p, k) => new FrontPoint(Label(context, k), p.Values, p.Objectives, outObjectives?[k], efficient?[k], p.Equivalent)).ToList();
        var referencePoints = context.InSample.Strategies.Select((s, k) => new ReferencePoint(s.Name, inReferences[k],
            reevaluated ? outSample!.Judge([.. outReferences!.Select(r => r.Runs[k])]) : null)).ToList();
        var runs = islands.Sum(i => i.Played) + (long)options.States * references + (reevaluated ? outSample!.Played + (long)options.States * references : 0);
        var summary = new OptimizeSummary(header, [.. context.Levers.Select(LeverColumn.Of)],
            [.. context.Objectives.Select(o => new ObjectiveColumn(o.Text, o.Sense))], points, referencePoints, volumes, low, high, islands.Sum(i => i.Evaluations), runs);
        return new SearchOutcome(summary, outReferences, outRows);
    }

    /// <summary>Writes runs.csv, optimize.json and report.html; returns their paths.</summary>
    public static IReadOnlyList<string> Write(string directory, OptimizeContext context, SearchOutcome outcome)
    {
        var files = new List<string> { Path.Combine(directory, "runs.csv") };
        using (var stream = ExperimentFiles.Create(directory, "runs.csv"))
        {
            WriteRuns(stream, context, outcome);
        }
        files.AddRange(OutputFiles.WriteAll(directory,
        [
            ("optimize.json", OptimizeJson.ToBytes(outcome.Summary)),
            ("report.html", OptimizeReport.ToBytes(outcome.Summary)),
        ]));
        return files;
    }

    /// <summary>The default output directory: <c>results/&lt;scenario&gt;/optimize-&lt;strategy&gt;-seed&lt;seed&gt;</c>.</summary>
    public static string DefaultDirectory(OptimizeContext context) => Path.Combine("results", context.InSample.Scenario.Name,
        string.Create(CultureInfo.InvariantCulture, $"optimize-{context.Strategy.Name}-seed{context.Seed}"));

    /// <summary><c>strategy#k</c>, k from 1 in the front's order.</summary>
    public static string Label(OptimizeContext context, int index) => string.Create(CultureInfo.InvariantCulture, $"{context.Strategy.Name}#{index + 1}");

    private static IReadOnlyList<double[]> Union(IReadOnlyList<IslandResult> islands, int generation)
    {
        double[][] points = [.. islands.SelectMany(i => i.Fronts[generation])];
        var kept = Dominance.NonDominated(points);
        return [.. points.Where((_, i) => kept[i])];
    }

    /// <summary>runs.csv of the re-evaluation: per fresh state, the strategies as written (lever columns empty), then the front's settings.</summary>
    private static void WriteRuns(Stream stream, OptimizeContext context, SearchOutcome outcome)
    {
        var plan = context.OutOfSample;
        IReadOnlyList<ExperimentInput> columns = [.. plan.Inputs, .. context.Levers.Select(l => new ExperimentInput(l.Lever.Name, l.Lever.Parameter, null, l.Lever.Range))];
        using var writer = new RunsCsvWriter(stream, columns, []);
        if (outcome.References is not { } references || outcome.FrontRows is not { } rows) return;
        var front = outcome.Summary.Front;
        for (var s = 0; s < references.Length; s++)
        {
            var state = references[s];
            var inputs = new double[columns.Count];
            state.Inputs.CopyTo(inputs, 0);
            for (var j = plan.Inputs.Count; j < inputs.Length; j++) inputs[j] = double.NaN;
            for (var k = 0; k < state.Runs.Length; k++) writer.WriteRun(state, k, plan.Strategies[k].Name, inputs);
            var candidates = state with { Runs = [.. rows.Select(r => r[s])] };
            for (var c = 0; c < front.Count; c++)
            {
                for (var j = 0; j < front[c].Levers.Count; j++) inputs[plan.Inputs.Count + j] = front[c].Levers[j];
                writer.WriteRun(candidates, c, front[c].Label, inputs);
            }
        }
    }

    private sealed class LexicographicComparer : IComparer<double[]>
    {
        public static readonly LexicographicComparer Instance = new();

        public int Compare(double[]? x, double[]? y)
        {
            for (var i = 0; i < x!.Length; i++)
            {
                var c = x[i].CompareTo(y![i]);
                if (c != 0) return c;
            }
            return 0;
        }
    }
}
