using ProcurementSim.Workbench.Editing;

namespace ProcurementSim.Workbench.Playing;

/// <summary>What the page shows after a change: every problem, the form's fields, and the run when the scenario is valid.</summary>
internal sealed record PlayAnswer(
    IReadOnlyList<Problem> Problems, int ProblemCount, IReadOnlyList<FormField> Fields, IReadOnlyList<string> Strategies, string? Strategy,
    ulong? Seed, RunPanel? Run);

/// <summary>A played run as the page draws it; numbers already formatted as the CLI formats them.</summary>
internal sealed record RunPanel(
    string Scenario, string Strategy, ulong Seed, double Score, string ScoreText, IReadOnlyList<ScoreLine> Breakdown,
    IReadOnlyList<MetricLine> Metrics, IReadOnlyList<EventLine> Events, IReadOnlyList<FigureJson> Figures,
    IReadOnlyList<int> Weeks, IReadOnlyList<double> Capability, IReadOnlyList<double> CumulativeCost, double Threshold, double PlayMs);

/// <summary>One metric: its key, its name in words, its value formatted, and how to read it.</summary>
internal sealed record MetricLine(string Metric, string Label, string Value, string Note, double? Raw);

/// <summary>One line of the score's breakdown.</summary>
internal sealed record ScoreLine(string Metric, string Label, string Value, string Utility, string Delivery, string Weight, string Points, double RawPoints);

/// <summary>A key event, numbered as on the charts.</summary>
internal sealed record EventLine(int Number, int Week, string Actor, string Text);

/// <summary>A Plotly figure of the report: the div id and its JSON.</summary>
internal sealed record FigureJson(string Id, string Json);
