using System.Diagnostics;
using System.Globalization;
using ProcurementSim.Analysis.Optimization;
using ProcurementSim.Cli.Output;
using Spectre.Console;

namespace ProcurementSim.Cli.Optimization;

/// <summary>
/// Runs <c>procsim optimize</c>: plays the strategies as written in the in-sample states (the regret reference), runs
/// NSGA-II over the strategy's levers on each island (one by default) with every candidate judged in those states,
/// re-evaluates the Pareto-efficient settings of the islands' union in fresh states, and writes optimize.json,
/// runs.csv (the re-evaluation's runs) and report.html (<see cref="SearchFinish"/>). After Ctrl-C it writes the
/// front of the last complete generation with its in-sample figures only. With <c>--shard I/N</c> it searches island
/// I of N only and writes it for <c>procsim merge</c> (<see cref="IslandShard"/>).
/// </summary>
internal sealed class OptimizeSession(IRunsProgress progress, IStatePlayer player)
{
    public int Execute(OptimizeOptions options, IAnsiConsole console, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (OptimizeSetup.Create(options, error) is not { } context) return ExitCodes.BadInput;
        var clock = Stopwatch.StartNew();
        var references = context.InSample.Strategies.Count;
        var candidates = (long)options.Population * (options.Generations + 1);
        if (options.Shard is { } shard)
        {
            // One island: the strategies as written in sample, then its search; the merge re-evaluates the front.
            var text = File.ReadAllText(options.File);
            var island = progress.ShowAsync((long)options.States * (references + candidates),
                p => Task.Run(() => Search(context, [shard.Index - 1], Counter(p), cancellationToken), CancellationToken.None)).GetAwaiter().GetResult();
            return IslandShard.Write(options, context, text, island, clock.Elapsed, console, error);
        }

        var total = (long)options.States * ((2 * references) + (options.Islands * (candidates + options.Population)));
        var outcome = progress.ShowAsync(total, p => Task.Run(() =>
        {
            var done = Counter(p);
            return Search(context, [.. Enumerable.Range(0, options.Islands)], done, cancellationToken) is { } searched
                ? SearchFinish.Finish(context, searched.InReferences, searched.Islands, player, done, cancellationToken)
                : null;
        }, CancellationToken.None)).GetAwaiter().GetResult();
        if (outcome is null)
        {
            error.WriteLine($"{CliApp.Name} optimize: stopped before the initial population was judged; no files were written.");
            return ExitCodes.Interrupted;
        }

        var files = SearchFinish.Write(options.OutputDirectory ?? SearchFinish.DefaultDirectory(context), context, outcome);
        OptimizePrinter.Print(console, outcome.Summary, clock.Elapsed, files);
        return outcome.Summary.Header.Complete ? ExitCodes.Ok : ExitCodes.Interrupted;
    }

    /// <summary>
    /// Plays the strategies as written in the in-sample states, then searches the given islands one after another, each
    /// with its own seed (<see cref="OptimizeSetup.IslandSeed"/>) and its own cache, all judged against the same
    /// reference. Ctrl-C ends it after the island it stopped; null when no island's initial population was judged.
    /// </summary>
    private IslandSearch? Search(OptimizeContext context, IReadOnlyList<int> islands, Action<long> done, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var inSample = new CandidatePlayer(context, new StatePool(context.InSample), player, done, cancellationToken);
        if (inSample.PlayReferences() is not { } rows) return null;
        var inReferences = context.InSample.Strategies.Select((_, k) => inSample.Judge([.. rows.Select(r => r.Runs[k])])).ToList();

        var results = new List<IslandResult>();
        foreach (var island in islands)
        {
            if (results.Count > 0 && (!results[^1].Complete || cancellationToken.IsCancellationRequested)) break;
            var judge = inSample.ForIsland();
            var settings = new Nsga2Settings(options.Population, options.Generations, OptimizeSetup.IslandSeed(context.Seed, island));
            if (Nsga2.Run([.. context.Levers.Select(l => l.Variable)], settings, judge.Evaluate) is not { } result) break;
            var front = result.Front.Select(c =>
            {
                var values = judge.Decode(c.Genes);
                return new IslandPoint(values, judge.Judged(values), c.Objectives);
            }).ToList();
            results.Add(new IslandResult(island, result.Generations, result.Complete, result.Evaluations, judge.Played, result.Fronts, front));
        }
        return results.Count == 0 ? null : new IslandSearch(inReferences, results);
    }

    // The players report the runs just done; the display takes the runs done so far.
    private static Action<long> Counter(IProgress<long> progress)
    {
        long done = 0;
        return runs => progress.Report(done += runs);
    }
}
