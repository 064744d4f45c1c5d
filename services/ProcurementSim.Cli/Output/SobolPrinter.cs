using System.Globalization;
using ProcurementSim.Analysis.Summary;
using Spectre.Console;

namespace ProcurementSim.Cli.Output;

/// <summary>
/// The Sobol indices of a sweep with the sobol design, on the console: per strategy, the score and the fail condition,
/// inputs by total-order index (largest first, equal ones by name); every metric's are in sweep.json and the report.
/// </summary>
internal static class SobolPrinter
{
    public static void Print(IAnsiConsole console, ExperimentSummary summary)
    {
        if (summary.Sobol is not { } sobol) return;
        console.WriteLine();
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Sobol indices ({sobol.Rows:N0} of {sobol.BaseRows:N0} base rows, {sobol.Level * 100:0.##}% bootstrap intervals of {sobol.Resamples:N0} resamples): first order S1 = share of the variance an input explains alone; total order ST = alone and through interactions."));
        foreach (var ranking in sobol.Rankings.Where(r => r.Outcome is "score" or "fail"))
        {
            var table = new Table().Border(TableBorder.Rounded)
                .Title(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{ranking.Strategy}: {ranking.Outcome} (V = {Format(ranking.Variance)})")))
                .AddColumn(new TableColumn("Input").NoWrap())
                .AddColumn(new TableColumn("S1").RightAligned().NoWrap())
                .AddColumn(new TableColumn("S1 interval").RightAligned().NoWrap())
                .AddColumn(new TableColumn("ST").RightAligned().NoWrap())
                .AddColumn(new TableColumn("ST interval").RightAligned().NoWrap());
            foreach (var i in ranking.Inputs.OrderByDescending(i => double.IsNaN(i.Total) ? double.NegativeInfinity : i.Total).ThenBy(i => i.Input, StringComparer.Ordinal))
            {
                table.AddRow(
                    new Text(i.Input), new Text(Format(i.First)), new Text($"[{Format(i.FirstLow)}, {Format(i.FirstHigh)}]"),
                    new Text(Format(i.Total)), new Text($"[{Format(i.TotalLow)}, {Format(i.TotalHigh)}]"));
            }

            console.Write(table);
        }

        console.WriteLine("Every metric's Sobol indices: the sobol section of sweep.json and the report.");
    }

    private static string Format(double value) => double.IsNaN(value) ? "n/a" : value.ToString("0.000", CultureInfo.InvariantCulture);
}
