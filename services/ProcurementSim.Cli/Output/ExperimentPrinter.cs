using System.Globalization;
using ProcurementSim.Analysis;
using ProcurementSim.Analysis.Summary;
using ProcurementSim.Reporting.Text;
using Spectre.Console;

namespace ProcurementSim.Cli.Output;

/// <summary>What compare and sweep print: a table per strategy, the ranking with robustness, scenario discovery, the files.</summary>
internal static class ExperimentPrinter
{
    public static void Print(IAnsiConsole console, ExperimentSummary summary, TimeSpan elapsed, IReadOnlyList<string> files)
    {
        var h = summary.Header;
        var runs = (long)summary.States * h.Strategies.Count;
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{h.Command}: {h.Scenario}, {Plural.Count(h.Strategies.Count, "strategy", "strategies")} × {summary.States:N0} states of the world " +
            $"({h.Design}, {Plural.Count(h.Samples, "sample", "samples")} × {Plural.Count(h.Replications, "replication", "replications")}, seed {h.Seed}, {Plural.Count(h.Inputs.Count, "sampled input", "sampled inputs")}): " +
            $"{runs:N0} runs in {elapsed.TotalSeconds:0.0} s"));
        if (!h.Complete)
        {
            console.MarkupLine("[yellow]Stopped early: the statistics cover the states finished before Ctrl-C.[/]");
        }

        foreach (var strategy in summary.Strategies)
        {
            console.WriteLine();
            console.Write(StrategyTable(strategy));
        }

        if (summary.KeptStates is { } kept)
        {
            console.WriteLine();
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"The {summary.States:N0} states are more than the {kept:N0} kept in memory: P10, P50 and P90 are estimates within {OutcomeTable.SketchRelativeAccuracy:0.#%} of the value{(h.Command == "sweep" ? $", and scenario discovery uses a uniform sample of {kept:N0} states" : "")}; means, regret and satisficing are exact (docs/MODEL.md §13.10)."));
        }

        console.WriteLine();
        console.Write(Ranking(summary));
        console.WriteLine("Satisficing: share of states meeting " + string.Join(" and ", h.Satisficing) + ".");
        console.WriteLine("Regret: best score in the same state of the world minus the strategy's. Pareto: mean capability up, mean cost down, mean breaches down.");
        PrintDiscovery(console, summary);
        SobolPrinter.Print(console, summary);
        console.WriteLine();
        console.WriteLine("Files:");
        foreach (var file in files) console.WriteLine("  " + file);
    }

    private static Table StrategyTable(StrategySummary s)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"{s.Strategy} ({s.Runs:N0} runs)"))
            .AddColumn(new TableColumn("Outcome").NoWrap())
            .AddColumn(new TableColumn("Mean").RightAligned().NoWrap())
            .AddColumn(new TableColumn("P10").RightAligned().NoWrap())
            .AddColumn(new TableColumn("P50").RightAligned().NoWrap())
            .AddColumn(new TableColumn("P90").RightAligned().NoWrap());
        foreach (var m in s.Metrics)
        {
            table.AddRow(
                new Text(MetricDisplay.Label(m.Metric)),
                new Text(MetricDisplay.Statistic(m.Metric, m.Mean)),
                new Text(MetricDisplay.Statistic(m.Metric, m.P10)),
                new Text(MetricDisplay.Statistic(m.Metric, m.P50)),
                new Text(MetricDisplay.Statistic(m.Metric, m.P90)));
        }
        return table;
    }

    private static Table Ranking(ExperimentSummary summary)
    {
        var level = summary.Strategies.Count > 0 ? summary.Strategies[0].ScoreMeanInterval.Level : 0.9;
        var table = new Table().Border(TableBorder.Rounded).Title("Ranking and robustness")
            .AddColumn(new TableColumn("Rank").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Strategy").NoWrap())
            .AddColumn(new TableColumn("Mean score").RightAligned().NoWrap())
            .AddColumn(new TableColumn(string.Create(CultureInfo.InvariantCulture, $"{level * 100:0}% CI")).RightAligned().NoWrap())
            .AddColumn(new TableColumn("P(best)").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Max regret").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Mean regret").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Satisficing").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Pareto").Centered().NoWrap());
        foreach (var s in summary.Strategies.OrderBy(s => s.Rank))
        {
            var score = s.Metrics.First(m => m.Metric == "score");
            table.AddRow(
                new Text(Numbers.Integer(s.Rank)),
                new Text(s.Strategy),
                new Text(Numbers.OneDecimal(score.Mean)),
                new Text($"{Numbers.OneDecimal(s.ScoreMeanInterval.Low)}–{Numbers.OneDecimal(s.ScoreMeanInterval.High)}"),
                new Text(Numbers.Percent(s.ProbabilityBest)),
                new Text(Numbers.OneDecimal(s.MaxRegret)),
                new Text(Numbers.OneDecimal(s.MeanRegret)),
                new Text(Numbers.Percent(s.Satisficing)),
                new Text(s.ParetoEfficient ? "yes" : ""));
        }
        return table;
    }

    private static void PrintDiscovery(IAnsiConsole console, ExperimentSummary summary)
    {
        foreach (var prim in summary.Discovery)
        {
            console.WriteLine();
            var share = prim.Runs > 0 ? (double)prim.CasesOfInterest / prim.Runs : 0;
            console.WriteLine($"{prim.Strategy} fails ({prim.Condition}) in {Numbers.Percent(share)} of states ({prim.CasesOfInterest:N0} of {prim.Runs:N0}).");
            if (prim.Box is not { } box)
            {
                continue;
            }
            var limits = box.Limits.Where(l => l.Restricted).Select(l => $"{l.Input} in [{Number(l.Low)}, {Number(l.High)}]{Statistics(l)}").ToList();
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  PRIM box: {(limits.Count == 0 ? "no input restricted" : string.Join("; ", limits))} (coverage {box.Coverage:0.00}, density {box.Density:0.00}, mass {box.Mass:0.00})."));
            PrintCart(console, summary, prim.Strategy);
            var unrestricted = box.Limits.Where(l => !l.Restricted && l.ReproduceCoverage > 0).Select(l => $"{l.Input} {Numbers.ShortPercent(l.ReproduceCoverage!.Value)}").ToList();
            if (unrestricted.Count > 0)
            {
                console.WriteLine($"  Restricted by the resampled boxes but not this one: {string.Join(", ", unrestricted)}.");
            }
        }

        if (summary.Discovery.Any(p => p.Box is not null))
        {
            console.WriteLine("  (q: quasi-p-value of the limit, one-sided binomial test against the box without it; r: share of PRIM searches on random halves of the runs that restrict the input.)");
        }

        foreach (var ranking in summary.Importance.Where(r => r.Outcome is "score" or "fail"))
        {
            var top = ranking.Inputs.Where(i => !i.Indistinguishable).Take(3).Select(i => string.Create(CultureInfo.InvariantCulture, $"{i.Input} ({i.FirstOrder:0.00})")).ToList();
            var zero = ranking.Inputs.Count(i => i.Indistinguishable);
            var rest = zero == 0 ? "" : $"{(top.Count == 0 ? "" : "; ")}{Plural.Count(zero, "input", "inputs")} indistinguishable from 0";
            console.WriteLine($"Most influential inputs on {ranking.Outcome} of {ranking.Strategy}: {(top.Count == 0 ? "" : string.Join(", ", top))}{rest}.");
        }
    }

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>The classification tree's densest leaf for <paramref name="strategy"/>, as a box.</summary>
    private static void PrintCart(IAnsiConsole console, ExperimentSummary summary, string strategy)
    {
        var cart = summary.Cart?.FirstOrDefault(c => string.Equals(c.Strategy, strategy, StringComparison.Ordinal));
        if (cart is null || cart.Leaves == 0) return;
        if (cart.Boxes.Count == 0)
        {
            console.WriteLine($"  CART ({Plural.Count(cart.Leaves, "leaf", "leaves")}): no leaf denser than all runs.");
            return;
        }

        var leaf = cart.Boxes[0];
        var limits = leaf.Limits.Where(l => l.Restricted).Select(l =>
            double.IsFinite(l.Low) && double.IsFinite(l.High) ? $"{Number(l.Low)} < {l.Input} ≤ {Number(l.High)}"
            : double.IsFinite(l.Low) ? $"{l.Input} > {Number(l.Low)}" : $"{l.Input} ≤ {Number(l.High)}").ToList();
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  CART ({Plural.Count(cart.Leaves, "leaf", "leaves")}), densest leaf: {(limits.Count == 0 ? "no input restricted" : string.Join("; ", limits))} (coverage {leaf.Coverage:0.00}, density {leaf.Density:0.00}, mass {leaf.Mass:0.00})."));
    }

    /// <summary>The workbench's figures of a restricted limit: quasi-p-value(s) and reproducibility in resampling.</summary>
    private static string Statistics(BoxLimit limit)
    {
        var q = new[] { limit.QuasiPLow, limit.QuasiPHigh }.Where(p => p is not null).Select(p => PValue(p!.Value));
        var parts = new List<string> { "q " + string.Join("/", q) };
        if (limit.ReproduceCoverage is { } r) parts.Add("r " + Numbers.ShortPercent(r));
        return " (" + string.Join(", ", parts) + ")";
    }

    /// <summary>A p-value to three decimals, or "&lt; 0.001".</summary>
    private static string PValue(double p) =>
        p < 0.001 ? "< 0.001" : p.ToString("0.###", CultureInfo.InvariantCulture);
}
