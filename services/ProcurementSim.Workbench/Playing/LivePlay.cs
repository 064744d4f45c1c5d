using System.Diagnostics;
using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Metrics;
using ProcurementSim.Core.Results;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;
using ProcurementSim.Reporting;
using ProcurementSim.Reporting.Text;
using ProcurementSim.Workbench.Editing;

namespace ProcurementSim.Workbench.Playing;

/// <summary>
/// The what-if: loads the text with the loader <c>procsim validate</c> uses, plays the chosen strategy in this process
/// as <c>procsim run</c> does, and answers what the page draws.
/// </summary>
internal static class LivePlay
{
    /// <summary>The name problems give for the text.</summary>
    public const string FileName = "scenario.yaml";

    public static PlayAnswer Play(PlayRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var yaml = request.Yaml ?? "";
        var loaded = ScenarioLoader.LoadText(yaml, FileName);
        var outline = YamlLeaves.Outline(yaml);
        var leaves = outline.Leaves;
        var problems = loaded.Diagnostics.Select(Problem.From).ToList();
        if (!loaded.IsValid)
        {
            return new(problems, loaded.ProblemCount, FormCatalog.Fields(outline, request.Strategy), StrategyNames(leaves), request.Strategy, request.Seed, null);
        }
        var scenario = loaded.Scenario!;
        var choice = StrategyResolution.Resolve(scenario, request.Strategy);
        var names = scenario.Strategies.Select(s => s.Name).ToList();
        if (choice.Strategy is not { } strategy)
        {
            var why = choice.ScenarioHasNone ? "strategies: the scenario defines no strategy to play" : $"strategy: the scenario has no strategy named '{request.Strategy}'";
            problems.Add(new Problem(1, 1, choice.ScenarioHasNone ? "strategies" : "strategy", why, $"{FileName}:1:1: {why}"));
            return new(problems, problems.Count, FormCatalog.Fields(outline, null), names, null, request.Seed, null);
        }
        var clock = Stopwatch.StartNew();
        var result = Simulator.Run(scenario, strategy, request.Seed ?? scenario.Seed, RunOptions.Default);
        var played = clock.Elapsed.TotalMilliseconds;
        return new(problems, 0, FormCatalog.Fields(outline, strategy.Name), names, strategy.Name, request.Seed, View(scenario, result, played));
    }

    /// <summary>A run as the page draws it.</summary>
    public static RunPanel View(Scenario scenario, RunResult result, double playMs)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(result);
        var m = result.Metrics;
        return new(
            result.Scenario, result.Strategy, result.Seed, result.Score, Numbers.OneDecimal(result.Score),
            [.. result.Breakdown.Where(c => c.Weight > 0 || !c.Applicable).Select(c => new ScoreLine(
                c.Metric, MetricDisplay.Label(c.Metric), MetricDisplay.Value(c.Metric, m),
                c.Utility is { } u ? Numbers.Index(u) : MetricDisplay.NotApplicable, Numbers.Index(c.DeliveryFactor),
                c.Applicable ? Numbers.Percent(c.Weight) : MetricDisplay.NotApplicable, Numbers.OneDecimal(c.Points), c.Points))],
            [.. MetricNames.All.Select(n => new MetricLine(n, MetricDisplay.Label(n), MetricDisplay.Value(n, m), Note(n, m, scenario), m.Value(n)))],
            [.. RunView.KeyEvents(result).Select(k => new EventLine(k.Number, k.Event.Tick, k.Event.Actor, k.Event.Detail))],
            [.. RunView.Figures(result, scenario.CapabilityThreshold).Select(f => new FigureJson(f.Id, f.Json))],
            [.. result.Timeline.Select(t => t.Tick)],
            [.. result.Timeline.Select(t => t.MissionCapability)],
            [.. result.Timeline.Select(t => t.CumulativeCost)],
            scenario.CapabilityThreshold, playMs);
    }

    // The CLI's short note, or the report's longer meaning where the CLI's note is only a scale.
    private static string Note(string metric, RunMetrics m, Scenario scenario)
    {
        var note = MetricDisplay.Note(metric, m, scenario);
        var meaning = RunView.Meaning(metric);
        return note is "" or "0–1" or "all spending, itemised below" ? meaning + (note == "0–1" ? " (0–1)" : "") : note;
    }

    private static List<string> StrategyNames(IReadOnlyList<ScalarLeaf> leaves) =>
        [.. leaves.Where(l => l.Path.StartsWith("strategies.", StringComparison.Ordinal) && l.Path.EndsWith(".name", StringComparison.Ordinal))
            .Select(l => l.Value)];
}
