using ProcurementSim.Core.Metrics;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Reporting.Text;
using Spectre.Console;

namespace ProcurementSim.Cli.Output;

/// <summary>The run's outcome metrics in canonical order, with the cost broken down under the total.</summary>
internal static class MetricsTable
{
    public static Table Build(Scenario scenario, RunMetrics m)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("Metric").NoWrap())
            .AddColumn(new TableColumn("Value").RightAligned().NoWrap())
            .AddColumn(new TableColumn("How to read it"));
        foreach (var name in MetricNames.All)
        {
            table.AddRow(new Text(MetricDisplay.Label(name)), new Text(MetricDisplay.Value(name, m)), new Text(MetricDisplay.Note(name, m, scenario)));
            if (name == MetricNames.TotalCost)
            {
                AddCostRow(table, "contract spend", m.Cost.ContractSpend, "served task units × price");
                AddCostRow(table, "switching", m.Cost.SwitchingCost, "onboarding paid at awards");
                AddCostRow(table, "termination", m.Cost.TerminationFees, "fees, notice pay, legal costs");
                AddCostRow(table, "parallel run", m.Cost.ParallelRunSpend, "double spend while shadowing");
            }
        }

        return table;
    }

    private static void AddCostRow(Table table, string label, double value, string note) =>
        table.AddRow(new Text("  " + label), new Text(Numbers.Money(value)), new Text(note));
}
