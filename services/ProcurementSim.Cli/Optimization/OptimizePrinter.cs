using System.Globalization;
using ProcurementSim.Analysis.LeverSearch;
using ProcurementSim.Cli.Output;
using ProcurementSim.Reporting.Text;
using Spectre.Console;

namespace ProcurementSim.Cli.Optimization;

/// <summary>What optimize prints: one line on the search, the front with in-sample and out-of-sample figures, the strategies as written, the files.</summary>
internal static class OptimizePrinter
{
    public static void Print(IAnsiConsole console, OptimizeSummary summary, TimeSpan elapsed, IReadOnlyList<string> files)
    {
        var h = summary.Header;
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"optimize: {h.Scenario}, {h.Strategy}'s {Plural.Count(summary.Levers.Count, "lever", "levers")}, NSGA-II {h.Population} × {h.GenerationsCompleted} generations " +
            $"(seed {h.Seed}), each candidate judged in the same {h.States:N0} states: {summary.Evaluations:N0} candidates, {summary.Runs:N0} runs in {elapsed.TotalSeconds:0.0} s"));
        if (!h.Complete)
        {
            console.MarkupLine("[yellow]Stopped early: the front is the last complete generation's, with in-sample figures only.[/]");
        }

        console.WriteLine();
        var table = new Table().Title(string.Create(CultureInfo.InvariantCulture,
            $"Pareto-efficient settings: in sample / out of sample ({h.OutOfSampleStates:N0} fresh states, seed {h.OutOfSampleSeed})"));
        table.AddColumn(new TableColumn("setting").NoWrap());
        // The strategy is in the title: the playbook parameter names the column (the lever's full name is in optimize.json).
        foreach (var lever in summary.Levers) table.AddColumn(new TableColumn(Markup.Escape(lever.Parameter)).RightAligned());
        foreach (var objective in summary.Objectives) table.AddColumn(new TableColumn(Markup.Escape($"{objective.Name} ({(objective.Sense == "maximise" ? "max" : "min")})")).RightAligned());
        foreach (var point in summary.Front)
        {
            // "#k": the strategy is in the title (runs.csv and the report name the row strategy#k).
            var label = point.Label[point.Label.LastIndexOf('#')..] + (point.Equivalent > 1 ? string.Create(CultureInfo.InvariantCulture, $" (×{point.Equivalent})") : "") + (point.EfficientOutOfSample == false ? " *" : "");
            table.AddRow([Markup.Escape(label), .. point.Levers.Select(Number),
                .. point.InSample.Select((v, m) => Number(v) + " / " + (point.OutOfSample is { } o ? Number(o[m]) : "-"))]);
        }
        console.Write(table);
        if (summary.Front.Any(p => p.EfficientOutOfSample == false))
        {
            console.WriteLine("*: dominated out of sample by another setting of the front.");
        }
        if (summary.Front.Any(p => p.Equivalent > 1))
        {
            console.WriteLine("(×n): n settings had exactly these in-sample figures; the one shown is the first in lever order.");
        }

        console.WriteLine();
        var references = new Table().Title("The scenario's strategies as written, same states (in / out of sample)");
        references.AddColumn("strategy");
        foreach (var objective in summary.Objectives) references.AddColumn(new TableColumn(Markup.Escape(objective.Name)).RightAligned());
        foreach (var r in summary.References)
        {
            references.AddRow([Markup.Escape(r.Strategy), .. r.InSample.Select((v, m) => Number(v) + " / " + (r.OutOfSample is { } o ? Number(o[m]) : "-"))]);
        }
        console.Write(references);
        console.WriteLine("Regret: in each state, the best score of the strategies as written minus the setting's (never below 0). Satisficing: share of states meeting " + string.Join(" and ", h.Satisficing) + ".");
        console.WriteLine();
        foreach (var file in files) console.WriteLine("Wrote " + file);
    }

    private static string Number(double value) => double.IsFinite(value) ? value.ToString("G4", CultureInfo.InvariantCulture) : "-";
}
