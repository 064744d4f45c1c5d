using ProcurementSim.Core.Events;
using ProcurementSim.Core.Results;
using ProcurementSim.Reporting.Text;
using Spectre.Console;

namespace ProcurementSim.Cli.Output;

/// <summary>The run's key events (week, actor, what happened), at most <see cref="MaxShown"/>; the report has them all.</summary>
internal static class KeyEventList
{
    public const int MaxShown = 30;

    public static void Write(IAnsiConsole console, IReadOnlyList<SimEvent> events)
    {
        var key = events.Where(e => e.Key).ToList();
        console.WriteLine($"Key events ({Numbers.Integer(key.Count)})");
        if (key.Count == 0)
        {
            console.WriteLine("  none");
            return;
        }

        var table = new Table().Border(TableBorder.None)
            .AddColumn(new TableColumn("Week").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Actor").NoWrap())
            .AddColumn(new TableColumn("What happened"));
        foreach (var e in key.Take(MaxShown))
        {
            table.AddRow(new Text(Numbers.Integer(e.Tick)), new Text(e.Actor), new Text(e.Detail));
        }

        console.Write(table);
        if (key.Count > MaxShown)
        {
            console.WriteLine($"  … {Numbers.Integer(key.Count - MaxShown)} more key events in report.html");
        }
    }
}
