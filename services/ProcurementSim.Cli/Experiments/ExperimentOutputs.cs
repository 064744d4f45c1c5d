using System.Diagnostics;
using ProcurementSim.Analysis;
using ProcurementSim.Analysis.Output;
using ProcurementSim.Analysis.Rows;
using ProcurementSim.Cli.Output;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Reporting;
using Spectre.Console;

namespace ProcurementSim.Cli.Experiments;

/// <summary>
/// Writes an experiment's files from its states in plan order, wherever they come from (played now, or read back from
/// shards): streams runs.csv (and runs.parquet), then writes the summary JSON and the report and prints the tables.
/// After Ctrl-C it still writes every file for the states finished, marked as stopped early.
/// </summary>
internal static class ExperimentOutputs
{
    /// <summary>Feeds the recorder with <paramref name="play"/> (which returns the states delivered) and writes the files.</summary>
    public static int Write(ExperimentOptions options, ExperimentPlan plan, AnalysisOptions analysis, string directory,
        Func<Action<StateRow>, int> play, IAnsiConsole console, TextWriter error)
    {
        var header = ExperimentSetup.Header(options, plan, analysis, complete: true);
        var table = new OutcomeTable(header.Strategies, header.Inputs, keepCapability: plan.Request.RecordCapability, analysis);
        var clock = Stopwatch.StartNew();
        int delivered;
        using (var recorder = new ExperimentRecorder(plan, table, ExperimentFiles.Create(directory, "runs.csv"),
                   options.Parquet ? ExperimentFiles.Create(directory, "runs.parquet") : null))
        {
            delivered = play(recorder.Record);
            recorder.Complete();
        }

        var files = new List<string> { Path.Combine(directory, "runs.csv") };
        if (options.Parquet) files.Add(Path.Combine(directory, "runs.parquet"));
        if (delivered == 0)
        {
            error.WriteLine($"{CliApp.Name} {options.Command}: stopped before any state of the world was finished; {files[0]} holds only its header.");
            return ExitCodes.Interrupted;
        }

        var complete = delivered == plan.States;
        var summary = ExperimentAnalysis.Summarize(table, header with { Complete = complete }, analysis);
        files.AddRange(OutputFiles.WriteAll(directory,
        [
            (options.Command + ".json", ExperimentJson.ToBytes(summary)),
            ("report.html", ExperimentReport.ToBytes(summary)),
        ]));
        ExperimentPrinter.Print(console, summary, clock.Elapsed, files);
        return complete ? ExitCodes.Ok : ExitCodes.Interrupted;
    }
}
