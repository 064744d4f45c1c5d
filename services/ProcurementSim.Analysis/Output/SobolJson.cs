using System.Text.Json;
using ProcurementSim.Analysis.Summary;
using static ProcurementSim.Core.Results.CanonicalJson;

namespace ProcurementSim.Analysis.Output;

/// <summary>The <c>sobol</c> section of sweep.json, canonical as the rest of the file (<see cref="ExperimentJson"/>).</summary>
internal static class SobolJson
{
    public static void Write(Utf8JsonWriter w, SobolResult result)
    {
        w.WriteStartObject("sobol");
        w.WriteNumber("base_rows", result.BaseRows);
        w.WriteNumber("rows", result.Rows);
        w.WriteNumber("resamples", result.Resamples);
        WriteNumberOrNull(w, "level", result.Level);
        WriteObjects(w, "rankings", result.Rankings, (w, r) =>
        {
            w.WriteString("strategy", r.Strategy);
            w.WriteString("outcome", r.Outcome);
            w.WriteNumber("rows", r.Rows);
            WriteNumberOrNull(w, "variance", r.Variance);
            WriteObjects(w, "inputs", r.Inputs, (w, i) =>
            {
                w.WriteString("input", i.Input);
                WriteNumberOrNull(w, "first_order", i.First);
                WriteNumberOrNull(w, "first_order_low", i.FirstLow);
                WriteNumberOrNull(w, "first_order_high", i.FirstHigh);
                WriteNumberOrNull(w, "total_order", i.Total);
                WriteNumberOrNull(w, "total_order_low", i.TotalLow);
                WriteNumberOrNull(w, "total_order_high", i.TotalHigh);
            });
        });
        w.WriteEndObject();
    }
}
