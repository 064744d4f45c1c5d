using System.Diagnostics;
using ProcurementSim.Analysis;
using ProcurementSim.Analysis.Output;
using ProcurementSim.Cli.Output;
using ProcurementSim.Reporting;
using Spectre.Console;

namespace ProcurementSim.Cli.Experiments;

/// <summary>
/// Runs compare or sweep: plans, plays (with progress), streams runs.csv, then writes the summary JSON and the report
/// and prints the tables. After Ctrl-C it still writes every file for the states finished, marked as stopped early.
/// </summary>
internal sealed class ExperimentSession(IExperimentExecutor executor, IRunsProgress progress)
{
    public int Execute(ExperimentOptions options, IAnsiConsole console, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (ExperimentSetup.Create(options, error) is not var (plan, analysis))
        {
            return ExitCodes.BadInput;
        }

        var directory = options.OutputDirectory ?? ExperimentFiles.DefaultDirectory(options, plan);
        var header = ExperimentSetup.Header(options, plan, analysis, complete: true);
        var table = new OutcomeTable(header.Strategies, header.Inputs, keepCapability: plan.Request.RecordCapability, analysis);
        var clock = Stopwatch.StartNew();
        int delivered;
        using (var recorder = new ExperimentRecorder(plan, table, ExperimentFiles.Create(directory, "runs.csv"),
                   options.Parquet ? ExperimentFiles.Create(directory, "runs.parquet") : null))
        {
            delivered = progress.ShowAsync(plan.Runs, p => executor.RunAsync(plan, options.Parallel, recorder.Record, p, cancellationToken))
                .GetAwaiter().GetResult();
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
