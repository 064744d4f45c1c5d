using System.Text.Json;
using ProcurementSim.Core.Events;
using ProcurementSim.Core.Metrics;
using static ProcurementSim.Core.Results.CanonicalJson;

namespace ProcurementSim.Core.Results;

/// <summary>Writes <c>result.json</c> canonically (stable key order, invariant round-trip numbers, no timestamps).</summary>
/// <remarks>
/// The key order is a contract analysts script against, and the embedded and distributed runs must produce the
/// same bytes, so every key is written explicitly, in order (<see cref="CanonicalJson"/>).
/// </remarks>
public static class ResultJsonWriter
{
    /// <summary>The value of the <c>format</c> key: bump it when the layout changes.</summary>
    public const string Format = "procsim.result/2";

    /// <summary>The UTF-8 bytes of result.json.</summary>
    /// <exception cref="InvalidOperationException">A number is NaN or infinite, or a timeline array does not match the categories or vendors (both are bugs in the engine).</exception>
    public static byte[] ToBytes(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return CanonicalJson.ToBytes(w =>
        {
            w.WriteString("format", Format);
            w.WriteString("scenario", result.Scenario);
            w.WriteString("strategy", result.Strategy);
            w.WriteNumber("seed", result.Seed);
            WriteFinite(w, "score", result.Score);
            WriteBreakdown(w, result);
            WriteMetrics(w, result.Metrics, result.Categories);
            WriteStrings(w, "categories", result.Categories);
            WriteStrings(w, "vendors", result.Vendors);
            WriteTimeline(w, result);
            WriteEvents(w, result.Events);
        });
    }

    private static void WriteBreakdown(Utf8JsonWriter w, RunResult result)
    {
        w.WriteStartArray("score_breakdown");
        foreach (var c in result.Breakdown)
        {
            w.WriteStartObject();
            w.WriteString("metric", c.Metric);
            WriteNullable(w, "value", c.Value);
            WriteNullable(w, "utility", c.Utility);
            WriteFinite(w, "delivery_factor", c.DeliveryFactor);
            WriteFinite(w, "weight", c.Weight);
            WriteFinite(w, "points", c.Points);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteMetrics(Utf8JsonWriter w, RunMetrics m, IReadOnlyList<string> categories)
    {
        w.WriteStartObject("metrics");
        foreach (var name in MetricNames.All)
        {
            var value = m.Value(name);
            if (value is null) w.WriteNull(name); // not applicable to this run
            else if (MetricNames.Counts.Contains(name)) w.WriteNumber(name, (long)value.Value); // counts are integers in the contract
            else WriteFinite(w, name, value.Value);
        }

        w.WriteBoolean("transition_completed", m.TransitionCompleted);
        w.WriteStartObject("cost_breakdown");
        WriteFinite(w, "contract_spend", m.Cost.ContractSpend);
        WriteFinite(w, "switching_cost", m.Cost.SwitchingCost);
        WriteFinite(w, "termination_fees", m.Cost.TerminationFees);
        WriteFinite(w, "parallel_run_spend", m.Cost.ParallelRunSpend);
        w.WriteEndObject();
        WriteByName(w, "shortfall_by_category", categories, [.. m.ShortfallByCategory], -1);
        w.WriteEndObject();
    }

    private static void WriteTimeline(Utf8JsonWriter w, RunResult result)
    {
        w.WriteStartArray("timeline");
        foreach (var t in result.Timeline)
        {
            w.WriteStartObject();
            w.WriteNumber("tick", t.Tick);
            WriteFinite(w, "mission_capability", t.MissionCapability);
            WriteByName(w, "capability", result.Categories, t.CapabilityByCategory, t.Tick);
            WriteByName(w, "allocation", result.Vendors, t.AllocationByVendor, t.Tick);
            WriteByName(w, "served", result.Categories, t.ServedByCategory, t.Tick);
            WriteFinite(w, "spend", t.Spend);
            WriteFinite(w, "cumulative_cost", t.CumulativeCost);
            WriteFinite(w, "policy_conflicts", t.PolicyConflicts);
            w.WriteNumber("red_line_breaches", t.RedLineBreaches);
            WriteFinite(w, "gap_depth", t.GapDepth);
            WriteFinite(w, "shortfall", t.Shortfall);
            WriteFinite(w, "prohibited_use", t.ProhibitedUse);
            w.WriteNumber("prohibited_use_incidents", t.ProhibitedUseIncidents);
            WriteFinite(w, "incumbent_trust", t.IncumbentTrust);
            WriteFinite(w, "reputational_risk", t.ReputationalRisk);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteByName(Utf8JsonWriter w, string key, IReadOnlyList<string> names, double[] values, int tick)
    {
        TimelineShape.Check(key, names.Count, values.Length, tick);
        w.WriteStartObject(key);
        for (var i = 0; i < names.Count; i++)
        {
            WriteFinite(w, names[i], values[i]);
        }

        w.WriteEndObject();
    }

    private static void WriteEvents(Utf8JsonWriter w, IReadOnlyList<SimEvent> events)
    {
        w.WriteStartArray("events");
        foreach (var e in events)
        {
            w.WriteStartObject();
            w.WriteNumber("tick", e.Tick);
            w.WriteString("kind", e.Kind);
            w.WriteString("actor", e.Actor);
            w.WriteString("subject", e.Subject);
            w.WriteString("detail", e.Detail);
            w.WriteBoolean("key", e.Key);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter w, string key, double? value)
    {
        if (value is { } v) WriteFinite(w, key, v);
        else w.WriteNull(key);
    }
}
