using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;
using Spectre.Console;

namespace ProcurementSim.Cli.Output;

/// <summary>
/// The table of <c>procsim strategies</c>: one row per strategy of the scenario, in file order. Four columns need
/// about 120 characters; in a narrower terminal the kind goes under the name and the parameters under the summary.
/// </summary>
internal static class StrategyTable
{
    private const int WideLayoutWidth = 120;

    public static Table Build(Scenario scenario, int width)
    {
        var wide = width >= WideLayoutWidth;
        var table = new Table().Border(TableBorder.Rounded).ShowRowSeparators()
            .AddColumn(new TableColumn("Strategy").NoWrap());
        if (wide)
        {
            table.AddColumn(new TableColumn("Kind").NoWrap())
                .AddColumn(new TableColumn("What it does"))
                .AddColumn(new TableColumn("Parameters").NoWrap());
        }
        else
        {
            table.AddColumn(new TableColumn("What it does, with its parameters"));
        }

        foreach (var strategy in scenario.Strategies)
        {
            var definition = StrategyCatalog.Get(strategy.Kind);
            var parameters = Parameters(definition, strategy);
            if (wide)
            {
                table.AddRow(new Text(strategy.Name), new Text(definition.Key), new Text(definition.Summary), new Text(string.Join('\n', parameters)));
            }
            else
            {
                table.AddRow(
                    new Text($"{strategy.Name}\nkind: {definition.Key}"),
                    new Text($"{definition.Summary}\n{string.Join(", ", parameters)}"));
            }
        }

        return table;
    }

    /// <summary>
    /// <c>name=value</c> (no spaces, so a wrapped list breaks only between parameters, except inside a trigger's
    /// condition, quoted when it has spaces) in catalog order (it reads better than alphabetical), the triggers (<c>start_when</c>, ...) after the
    /// other parameters, unknown names last; a value equal to the catalog's default is marked <c>(default)</c>.
    /// </summary>
    private static List<string> Parameters(StrategyDefinition definition, StrategySpec strategy)
    {
        var values = strategy.Parameters.Values;
        var known = definition.Parameters.Where(p => values.ContainsKey(p.Name)).ToList();
        var lines = known.Where(p => p.Type != ParameterType.Trigger)
            .Concat(known.Where(p => p.Type == ParameterType.Trigger))
            .Select(p => Line(p.Name, values[p.Name]) + (Equals(p.Default, values[p.Name]) ? " (default)" : ""))
            .Concat(values.Keys.Where(k => definition.Parameters.All(p => p.Name != k)).Select(k => Line(k, values[k])))
            .ToList();
        return lines.Count == 0 ? ["no parameters"] : lines;
    }

    private static string Line(string name, object value) => value switch
    {
        Trigger t when t.Text.Contains(' ', StringComparison.Ordinal) => $"{name}=\"{t.Text}\"",
        _ => $"{name}={ParameterText.Format(value)}",
    };
}
