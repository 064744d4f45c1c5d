using System.Text;
using ProcurementSim.Core.Events;

namespace ProcurementSim.Core.Results;

/// <summary>Writes <c>timeline.csv</c>: one row per tick.</summary>
/// <remarks>
/// RFC 4180 with "\n" line ends; numbers in invariant shortest round-trip form. Columns: <c>tick</c>,
/// <c>mission_capability</c>, <c>capability_&lt;category&gt;</c>…, <c>allocation_&lt;vendor&gt;</c>…,
/// <c>served_&lt;category&gt;</c>…, <c>spend</c>, <c>cumulative_cost</c>, <c>policy_conflicts</c>,
/// <c>red_line_breaches</c>, <c>gap_depth</c>, <c>shortfall</c>, <c>prohibited_use</c>, <c>prohibited_use_incidents</c>,
/// <c>incumbent_trust</c>, <c>reputational_risk</c>, <c>events</c> (the details of the
/// tick's key events joined by "; ").
/// </remarks>
public static class TimelineCsvWriter
{
    /// <summary>The UTF-8 bytes of timeline.csv.</summary>
    /// <exception cref="InvalidOperationException">A number is NaN or infinite, or a timeline array does not match the categories or vendors (both are bugs in the engine).</exception>
    public static byte[] ToBytes(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var csv = new CsvBuilder();
        WriteHeader(csv, result);

        var keyDetails = KeyDetailsByTick(result.Events);
        foreach (var t in result.Timeline)
        {
            csv.Integer(t.Tick);
            csv.Number(t.MissionCapability, "mission_capability");
            WriteValues(csv, "capability", result.Categories, t.CapabilityByCategory, t.Tick);
            WriteValues(csv, "allocation", result.Vendors, t.AllocationByVendor, t.Tick);
            WriteValues(csv, "served", result.Categories, t.ServedByCategory, t.Tick);
            csv.Number(t.Spend, "spend");
            csv.Number(t.CumulativeCost, "cumulative_cost");
            csv.Number(t.PolicyConflicts, "policy_conflicts");
            csv.Integer(t.RedLineBreaches);
            csv.Number(t.GapDepth, "gap_depth");
            csv.Number(t.Shortfall, "shortfall");
            csv.Number(t.ProhibitedUse, "prohibited_use");
            csv.Integer(t.ProhibitedUseIncidents);
            csv.Number(t.IncumbentTrust, "incumbent_trust");
            csv.Number(t.ReputationalRisk, "reputational_risk");
            csv.Text(keyDetails.TryGetValue(t.Tick, out var details) ? string.Join("; ", details) : string.Empty);
            csv.EndRow();
        }

        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(csv.ToString());
    }

    private static void WriteHeader(CsvBuilder csv, RunResult result)
    {
        csv.Text("tick");
        csv.Text("mission_capability");
        foreach (var c in result.Categories)
        {
            csv.Text("capability_" + c);
        }

        foreach (var v in result.Vendors)
        {
            csv.Text("allocation_" + v);
        }

        foreach (var c in result.Categories)
        {
            csv.Text("served_" + c);
        }

        foreach (var name in (string[])["spend", "cumulative_cost", "policy_conflicts", "red_line_breaches", "gap_depth", "shortfall", "prohibited_use", "prohibited_use_incidents", "incumbent_trust", "reputational_risk", "events"])
        {
            csv.Text(name);
        }

        csv.EndRow();
    }

    private static void WriteValues(CsvBuilder csv, string prefix, IReadOnlyList<string> names, double[] values, int tick)
    {
        TimelineShape.Check(prefix, names.Count, values.Length, tick);
        for (var i = 0; i < values.Length; i++)
        {
            csv.Number(values[i], prefix + "_" + names[i]);
        }
    }

    private static Dictionary<int, List<string>> KeyDetailsByTick(IReadOnlyList<SimEvent> events)
    {
        // Events keep their log order within a tick.
        var byTick = new Dictionary<int, List<string>>();
        foreach (var e in events)
        {
            if (!e.Key)
            {
                continue;
            }

            if (!byTick.TryGetValue(e.Tick, out var list))
            {
                list = [];
                byTick[e.Tick] = list;
            }

            list.Add(e.Detail);
        }

        return byTick;
    }
}
