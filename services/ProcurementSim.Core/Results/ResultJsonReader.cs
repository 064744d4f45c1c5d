using System.Text.Json;
using ProcurementSim.Core.Events;
using ProcurementSim.Core.Metrics;
using ProcurementSim.Core.Scoring;

namespace ProcurementSim.Core.Results;

/// <summary>
/// Reads <c>result.json</c> (as <see cref="ResultJsonWriter"/> writes it) back into a <see cref="RunResult"/>, so a run
/// played elsewhere (the distributed mode) can be summarised like one played in process. Writing the result read gives
/// the same bytes: numbers are shortest round-trip text and parse back to the same doubles.
/// </summary>
public static class ResultJsonReader
{
    /// <summary>The run result held in the UTF-8 bytes of a result.json.</summary>
    /// <exception cref="FormatException">The bytes are not a result.json of format <see cref="ResultJsonWriter.Format"/>.</exception>
    public static RunResult FromBytes(ReadOnlySpan<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json.ToArray());
            return Read(document.RootElement);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new FormatException("The text is not a result.json this version of procsim can read: " + e.Message, e);
        }
    }

    private static RunResult Read(JsonElement root)
    {
        var format = root.GetProperty("format").GetString();
        if (format != ResultJsonWriter.Format)
        {
            throw new FormatException($"its format is '{format}', expected '{ResultJsonWriter.Format}'.");
        }

        var categories = Names(root.GetProperty("categories"));
        var vendors = Names(root.GetProperty("vendors"));
        return new RunResult(
            Text(root, "scenario"),
            Text(root, "strategy"),
            root.GetProperty("seed").GetUInt64(),
            root.GetProperty("score").GetDouble(),
            [.. root.GetProperty("score_breakdown").EnumerateArray().Select(Component)],
            Metrics(root.GetProperty("metrics"), categories),
            categories,
            vendors,
            [.. root.GetProperty("timeline").EnumerateArray().Select(t => Tick(t, categories, vendors))],
            [.. root.GetProperty("events").EnumerateArray().Select(Event)]);
    }

    private static ScoreComponent Component(JsonElement c) => new(
        Text(c, "metric"), Nullable(c, "value"), Nullable(c, "utility"), Number(c, "delivery_factor"), Number(c, "weight"), Number(c, "points"));

    private static RunMetrics Metrics(JsonElement m, IReadOnlyList<string> categories)
    {
        var cost = m.GetProperty("cost_breakdown");
        return new RunMetrics
        {
            MissionCapabilityMean = Number(m, MetricNames.MissionCapabilityMean),
            MissionCapabilityMin = Number(m, MetricNames.MissionCapabilityMin),
            CapabilityGapWeeks = m.GetProperty(MetricNames.CapabilityGapWeeks).GetInt32(),
            CapabilityGapDepth = Number(m, MetricNames.CapabilityGapDepth),
            MissionShortfall = Number(m, MetricNames.MissionShortfall),
            ShortfallByCategory = ByName(m.GetProperty("shortfall_by_category"), categories),
            TransitionWeeks = m.GetProperty(MetricNames.TransitionWeeks) is { ValueKind: JsonValueKind.Number } weeks ? weeks.GetInt32() : null,
            TransitionCompleted = m.GetProperty("transition_completed").GetBoolean(),
            TotalCost = Number(m, MetricNames.TotalCost),
            Cost = new CostBreakdown(
                Number(cost, "contract_spend"), Number(cost, "switching_cost"), Number(cost, "termination_fees"), Number(cost, "parallel_run_spend")),
            ShortfallCost = Nullable(m, MetricNames.ShortfallCost),
            PolicyConflicts = Number(m, MetricNames.PolicyConflicts),
            RedLineBreaches = m.GetProperty(MetricNames.RedLineBreaches).GetInt32(),
            ProhibitedUseExposure = Number(m, MetricNames.ProhibitedUseExposure),
            ProhibitedUseIncidents = m.GetProperty(MetricNames.ProhibitedUseIncidents).GetInt32(),
            EthicalExposure = Number(m, MetricNames.EthicalExposure),
            VendorConcentrationHhi = Number(m, MetricNames.VendorConcentrationHhi),
            IncumbentTrustFinal = Number(m, MetricNames.IncumbentTrustFinal),
            ReputationalRisk = Number(m, MetricNames.ReputationalRisk),
        };
    }

    private static TickRecord Tick(JsonElement t, IReadOnlyList<string> categories, IReadOnlyList<string> vendors) => new(
        t.GetProperty("tick").GetInt32(),
        Number(t, "mission_capability"),
        ByName(t.GetProperty("capability"), categories),
        ByName(t.GetProperty("allocation"), vendors),
        ByName(t.GetProperty("served"), categories),
        Number(t, "spend"),
        Number(t, "cumulative_cost"),
        Number(t, "policy_conflicts"),
        t.GetProperty("red_line_breaches").GetInt32(),
        Number(t, "incumbent_trust"),
        Number(t, "reputational_risk"))
    {
        GapDepth = Number(t, "gap_depth"),
        Shortfall = Number(t, "shortfall"),
        ProhibitedUse = Number(t, "prohibited_use"),
        ProhibitedUseIncidents = t.GetProperty("prohibited_use_incidents").GetInt32(),
    };

    private static SimEvent Event(JsonElement e) => new(
        e.GetProperty("tick").GetInt32(), Text(e, "kind"), Text(e, "actor"), Text(e, "subject"), Text(e, "detail"), e.GetProperty("key").GetBoolean());

    // The writer keys these objects by name in the order of the names list; read them back in that order.
    private static double[] ByName(JsonElement values, IReadOnlyList<string> names) =>
        [.. names.Select(name => values.GetProperty(name).GetDouble())];

    private static string[] Names(JsonElement array) => [.. array.EnumerateArray().Select(n => n.GetString() ?? string.Empty)];

    private static double Number(JsonElement element, string key) => element.GetProperty(key).GetDouble();

    private static double? Nullable(JsonElement element, string key) =>
        element.GetProperty(key) is { ValueKind: JsonValueKind.Number } n ? n.GetDouble() : null;

    private static string Text(JsonElement element, string key) => element.GetProperty(key).GetString() ?? string.Empty;
}
