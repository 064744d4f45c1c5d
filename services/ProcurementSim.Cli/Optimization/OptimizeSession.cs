using System.Diagnostics;
using System.Globalization;
using ProcurementSim.Analysis.LeverSearch;
using ProcurementSim.Analysis.Optimization;
using ProcurementSim.Analysis.Output;
using ProcurementSim.Analysis.Rows;
using ProcurementSim.Cli.Experiments;
using ProcurementSim.Cli.Output;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Reporting;
using Spectre.Console;

namespace ProcurementSim.Cli.Optimization;

/// <summary>
/// Runs <c>procsim optimize</c>: plays the strategies as written in the in-sample states (the regret reference), runs
/// NSGA-II over the strategy's levers with every candidate judged in those states, re-evaluates the Pareto-efficient
/// settings in fresh states, and writes optimize.json, runs.csv (the re-evaluation's runs) and report.html. After
/// Ctrl-C it writes the front of the last complete generation with its in-sample figures only.
/// </summary>
internal sealed class OptimizeSession(IRunsProgress progress, IStatePlayer player)
{
    public int Execute(OptimizeOptions options, IAnsiConsole console, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (OptimizeSetup.Create(options, error) is not { } context) return ExitCodes.BadInput;
        var directory = options.OutputDirectory ?? Path.Combine("results", context.InSample.Scenario.Name,
            string.Create(CultureInfo.InvariantCulture, $"optimize-{context.Strategy.Name}-seed{context.Seed}"));
        var clock = Stopwatch.StartNew();
        var references = context.InSample.Strategies.Count;
        var total = (long)options.States * (2 * references + (long)options.Population * (options.Generations + 2));
        var outcome = progress.ShowAsync(total, p => Task.Run(() => Search(context, p, cancellationToken), CancellationToken.None)).GetAwaiter().GetResult();
        if (outcome is null)
        {
            error.WriteLine($"{CliApp.Name} optimize: stopped before the initial population was judged; no files were written.");
            return ExitCodes.Interrupted;
        }

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
        OptimizePrinter.Print(console, outcome.Summary, clock.Elapsed, files);
        return outcome.Summary.Header.Complete ? ExitCodes.Ok : ExitCodes.Interrupted;
    }

    private SearchOutcome? Search(OptimizeContext context, IProgress<long> progress, CancellationToken cancellationToken)
    {
        long done = 0;
        void Done(long runs) => progress.Report(done += runs);
        var options = context.Options;
        var references = context.InSample.Strategies.Count;
        var inSample = new CandidatePlayer(context, new StatePool(context.InSample), player, Done, cancellationToken);
        if (inSample.PlayReferences() is not { } inReferences) return null;

        var settings = new Nsga2Settings(options.Population, options.Generations, context.Seed);
        var result = Nsga2.Run([.. context.Levers.Select(l => l.Variable)], settings, inSample.Evaluate);
        if (result is null) return null;

        // The front: the last population's non-dominated settings, each once, by their in-sample objectives (minimised
        // form, objective by objective), then by their lever values.
        var front = result.Front
            .Select(c => inSample.Decode(c.Genes))
            .DistinctBy(CandidatePlayer.Key, StringComparer.Ordinal)
            .Select(values => (Values: values, Objectives: inSample.Judged(values)))
            .OrderBy(p => inSample.Minimised(p.Objectives), LexicographicComparer.Instance)
            .ThenBy(p => p.Values, LexicographicComparer.Instance)
            // Settings with the same in-sample objectives (to the bit) are one point of the front: the first stands for them.
            .GroupBy(p => CandidatePlayer.Key(p.Objectives), StringComparer.Ordinal)
            .Select(g => (g.First().Values, g.First().Objectives, Equivalent: g.Count()))
            .ToList();
        var inReferenceObjectives = context.InSample.Strategies.Select((_, k) => inSample.Judge([.. inReferences.Select(r => r.Runs[k])])).ToList();

        // The re-evaluation in fresh states, unless Ctrl-C stopped the search.
        StateRow[]? outReferences = null;
        RunRow[][]? outRows = null;
        CandidatePlayer? outSample = null;
        if (result.Complete && !cancellationToken.IsCancellationRequested)
        {
            outSample = new CandidatePlayer(context, new StatePool(context.OutOfSample), player, Done, cancellationToken);
            outReferences = outSample.PlayReferences();
            outRows = outReferences is null ? null : outSample.PlayAll([.. front.Select(p => p.Values)]);
        }
        var reevaluated = outReferences is not null && outRows is not null;
        var outObjectives = reevaluated ? outRows!.Select(rows => outSample!.Judge(rows)).ToList() : null;
        var efficient = reevaluated ? Dominance.NonDominated([.. outObjectives!.Select(outSample!.Minimised)]) : null;

        var (low, high, volumes) = SearchVolumes.Of(result.Fronts, context.Objectives.Count);
        var header = new OptimizeHeader(context.InSample.Scenario.Name, context.Strategy.Name, context.Seed, context.OutOfSample.Request.Seed,
            options.Population, options.Generations, result.Generations, options.States, reevaluated ? options.States : 0, settings,
            [.. context.Satisficing.Select(c => c.Text)], [.. context.InSample.Strategies.Select(s => s.Name)], Complete: reevaluated);
        var points = front.Select((p, k) => new FrontPoint(Label(context, k), p.Values, p.Objectives, outObjectives?[k], efficient?[k], p.Equivalent)).ToList();
        var referencePoints = context.InSample.Strategies.Select((s, k) => new ReferencePoint(s.Name, inReferenceObjectives[k],
            reevaluated ? outSample!.Judge([.. outReferences!.Select(r => r.Runs[k])]) : null)).ToList();
        var runs = inSample.Played + (long)options.States * references + (reevaluated ? outSample!.Played + (long)options.States * references : 0);
        var summary = new OptimizeSummary(header, [.. context.Levers.Select(LeverColumn.Of)],
            [.. context.Objectives.Select(o => new ObjectiveColumn(o.Text, o.Sense))], points, referencePoints, volumes, low, high, result.Evaluations, runs);
        return new SearchOutcome(summary, outReferences, outRows);
    }

    /// <summary><c>strategy#k</c>, k from 1 in the front's order.</summary>
    public static string Label(OptimizeContext context, int index) => string.Create(CultureInfo.InvariantCulture, $"{context.Strategy.Name}#{index + 1}");

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

    private sealed record SearchOutcome(OptimizeSummary Summary, StateRow[]? References, RunRow[][]? FrontRows);

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
