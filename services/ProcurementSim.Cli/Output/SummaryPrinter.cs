using ProcurementSim.Core.Results;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;
using ProcurementSim.Reporting.Text;
using Spectre.Console;

namespace ProcurementSim.Cli.Output;

/// <summary>What <c>procsim run</c> prints: header, metrics, score with breakdown, key events, files written.</summary>
internal static class SummaryPrinter
{
    public static void Print(IAnsiConsole console, Scenario scenario, StrategySpec strategy, RunResult result, IReadOnlyList<string> files)
    {
        var kind = StrategyCatalog.Get(strategy.Kind).Key;
        var strategyText = kind == strategy.Name ? strategy.Name : $"{strategy.Name} ({kind})";
        console.Write(new Text(
            $"{result.Scenario} · strategy {strategyText} · seed {Numbers.Integer(result.Seed)} · {Numbers.Weeks(scenario.Ticks)}\n",
            new Style(decoration: Decoration.Bold)));
        console.WriteLine();

        console.Write(MetricsTable.Build(scenario, result.Metrics));
        console.WriteLine();

        console.Write(new Text($"Composite score: {Numbers.OneDecimal(result.Score)} / 100\n", new Style(decoration: Decoration.Bold)));
        console.Write(ScoreTable.Build(result));
        var unweighted = ScoreTable.Unweighted(result);
        if (unweighted.Count > 0)
        {
            console.Write(new Text($"Weight 0 in this scenario: {string.Join(", ", unweighted)}.\n"));
        }

        console.WriteLine();
        KeyEventList.Write(console, result.Events);
        console.WriteLine();

        console.WriteLine("Files written");
        foreach (var file in files)
        {
            console.Write(new Text($"  {file}\n"));
        }
    }
}
