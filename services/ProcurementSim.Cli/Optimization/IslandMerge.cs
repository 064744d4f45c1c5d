using System.Diagnostics;
using System.Globalization;
using ProcurementSim.Cli.Output;
using ProcurementSim.Core.Loading;
using ProcurementSim.Reporting.Text;
using Spectre.Console;

namespace ProcurementSim.Cli.Optimization;

/// <summary>
/// <c>procsim merge</c> of the island shards of one <c>optimize</c> (each played with <c>--shard I/N</c>): checks that
/// they are every island of one search, each complete, then finishes the search as <c>optimize --islands N</c> does
/// (<see cref="SearchFinish"/>: the islands' union, re-evaluated in the fresh states in this process), so it writes the
/// same optimize.json, runs.csv and report.html, byte for byte.
/// </summary>
internal static class IslandMerge
{
    public static int Execute(IReadOnlyList<string> directories, string? output, IAnsiConsole console, TextWriter error)
    {
        var shards = directories.Select(IslandShard.Read).ToList();
        Check(shards);
        var first = shards[0];
        var loaded = ScenarioLoader.LoadText(first.ScenarioText, first.Options.File);
        if (!loaded.IsValid)
        {
            DiagnosticPrinter.Print(first.Options.File, loaded.Diagnostics, error, loaded.ProblemCount);
            return ExitCodes.BadInput;
        }

        var clock = Stopwatch.StartNew();
        var options = first.Options with { OutputDirectory = output };
        var context = OptimizeSetup.Create(options, loaded);
        var islands = shards.OrderBy(s => s.Shard.Index).Select(s => s.Island).ToList();
        var outcome = SearchFinish.Finish(context, first.InReferences, islands, new EmbeddedStatePlayer(options.Parallel), _ => { }, CancellationToken.None);
        var files = SearchFinish.Write(output ?? SearchFinish.DefaultDirectory(context), context, outcome);
        OptimizePrinter.Print(console, outcome.Summary, clock.Elapsed, files);
        return ExitCodes.Ok;
    }

    private static void Check(List<IslandShardFile> shards)
    {
        var first = shards[0];
        foreach (var shard in shards.Skip(1).Where(s => s.Search != first.Search))
        {
            throw new UserInputException($"{CliApp.Name} merge: {shard.Directory} holds an island of another search than {first.Directory} (the scenario, the strategy, the seed, the objectives, the budget, the states or the number of islands differ); merge only the islands of one search.");
        }

        foreach (var group in shards.GroupBy(s => s.Shard.Index).Where(g => g.Count() > 1))
        {
            throw new UserInputException($"{CliApp.Name} merge: island shard {group.First().Shard} is given twice ({string.Join(" and ", group.Select(g => g.Directory))}).");
        }

        var missing = Enumerable.Range(1, first.Shard.Count).Except(shards.Select(s => s.Shard.Index)).ToList();
        if (missing.Count > 0)
        {
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture,
                $"{CliApp.Name} merge: {Plural.Count(missing.Count, "island shard is", "island shards are")} missing: {string.Join(", ", missing.Take(10).Select(i => $"{i}/{first.Shard.Count}"))}{(missing.Count > 10 ? ", …" : "")}; give the directory of every island of the search."));
        }

        foreach (var shard in shards.Where(s => !s.Island.Complete))
        {
            throw new UserInputException($"{CliApp.Name} merge: {shard.Directory} holds island shard {shard.Shard} stopped early; play it again.");
        }
    }
}
