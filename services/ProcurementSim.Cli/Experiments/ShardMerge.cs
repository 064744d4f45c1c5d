using System.Globalization;
using ProcurementSim.Analysis.Output;
using ProcurementSim.Cli.Output;
using ProcurementSim.Core.Loading;
using ProcurementSim.Reporting.Text;
using Spectre.Console;

namespace ProcurementSim.Cli.Experiments;

/// <summary>
/// <c>procsim merge</c>: checks that the directories hold every shard of one experiment, each complete, then replays
/// their states in plan order through the same outputs as the unsharded command, which therefore writes the same
/// bytes: compare.json or sweep.json, runs.csv (and runs.parquet) and report.html.
/// </summary>
internal static class ShardMerge
{
    public static int Execute(IReadOnlyList<string> directories, string? output, IAnsiConsole console, TextWriter error)
    {
        var shards = directories.Select(d => (Directory: d, Manifest: ShardManifest.Read(d))).ToList();
        Check(shards);
        var first = shards[0].Manifest;
        var ordered = shards.OrderBy(s => s.Manifest.Shard.Index).ToList();

        var loaded = ScenarioLoader.LoadText(first.ScenarioText, first.Options.File);
        if (!loaded.IsValid)
        {
            DiagnosticPrinter.Print(first.Options.File, loaded.Diagnostics, error, loaded.ProblemCount);
            return ExitCodes.BadInput;
        }

        var options = first.Options with { Shard = null };
        var (plan, analysis) = ExperimentSetup.Create(options, loaded);
        if (ordered[^1].Manifest.EndState != plan.States)
        {
            throw new UserInputException($"{CliApp.Name} merge: the shards cover {ordered[^1].Manifest.EndState:N0} states but the experiment has {plan.States:N0}.");
        }

        var directory = output ?? ExperimentFiles.DefaultDirectory(options, plan);
        return ExperimentOutputs.Write(options, plan, analysis, directory, record =>
        {
            var delivered = 0;
            foreach (var (dir, manifest) in ordered)
            {
                var path = Path.Combine(dir, ShardManifest.StatesFileName);
                try
                {
                    using var stream = File.OpenRead(path);
                    var expected = manifest.FirstState;
                    foreach (var state in StatesFile.Read(stream, manifest.Experiment, plan.Inputs.Count, plan.Strategies.Count))
                    {
                        if (state.State != expected) throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"it holds state {state.State} where state {expected} was due"));
                        record(state);
                        expected++;
                        delivered++;
                    }
                    if (expected != manifest.EndState) throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"it ends at state {expected} before the shard's end {manifest.EndState}"));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
                {
                    throw new UserInputException($"{CliApp.Name} merge: cannot use {path}: {e.Message}; play shard {manifest.Shard} again.", e);
                }
            }
            return delivered;
        }, console, error);
    }

    private static void Check(List<(string Directory, ShardManifest Manifest)> shards)
    {
        var (firstDirectory, first) = shards[0];
        foreach (var (directory, manifest) in shards.Skip(1))
        {
            if (manifest.Experiment != first.Experiment)
            {
                throw new UserInputException($"{CliApp.Name} merge: {directory} holds a shard of another experiment than {firstDirectory} (the scenario, the command or its options differ); merge only the shards of one experiment.");
            }
            if (manifest.Shard.Count != first.Shard.Count)
            {
                throw new UserInputException($"{CliApp.Name} merge: {directory} holds shard {manifest.Shard} but {firstDirectory} shard {first.Shard}: one experiment is split one way.");
            }
        }

        foreach (var group in shards.GroupBy(s => s.Manifest.Shard.Index).Where(g => g.Count() > 1))
        {
            throw new UserInputException($"{CliApp.Name} merge: shard {group.First().Manifest.Shard} is given twice ({string.Join(" and ", group.Select(g => g.Directory))}).");
        }

        var missing = Enumerable.Range(1, first.Shard.Count).Except(shards.Select(s => s.Manifest.Shard.Index)).ToList();
        if (missing.Count > 0)
        {
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture,
                $"{CliApp.Name} merge: {Plural.Count(missing.Count, "shard is", "shards are")} missing: {string.Join(", ", missing.Take(10).Select(i => $"{i}/{first.Shard.Count}"))}{(missing.Count > 10 ? ", …" : "")}; give the directory of every shard of the experiment."));
        }

        foreach (var (directory, manifest) in shards.Where(s => !s.Manifest.Complete))
        {
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture,
                $"{CliApp.Name} merge: {directory} holds shard {manifest.Shard} stopped early ({manifest.StatesPlayed:N0} of {manifest.EndState - manifest.FirstState:N0} states played); play it again."));
        }
    }
}
