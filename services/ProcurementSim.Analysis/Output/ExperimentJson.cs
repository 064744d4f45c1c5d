using System.Text.Encodings.Web;
using System.Text.Json;
using ProcurementSim.Analysis.Summary;

namespace ProcurementSim.Analysis.Output;

/// <summary>
/// Writes <c>compare.json</c> and <c>sweep.json</c> canonically: every key written explicitly in a fixed order,
/// numbers in invariant shortest round-trip form, <c>\n</c> line ends, no timestamps; a number that is not finite
/// (a statistic undefined for too few runs, an unbounded input range) is written as <c>null</c>. The scatter
/// subsample is for the report only and is not written.
/// </summary>
public static class ExperimentJson
{
    /// <summary>The value of the <c>format</c> key: bump it when the layout changes.</summary>
    public const string Format = "procsim.experiment/1";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // A data file, never embedded in HTML: keep conditions such as "score < 50" readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The UTF-8 bytes of the file.</summary>
    public static byte[] ToBytes(ExperimentSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("format", Format);
            WriteHeader(w, summary.Header);
            w.WriteNumber("states", summary.States);
            WriteArray(w, "strategies", summary.Strategies, WriteStrategy);
            WriteStrings(w, "pareto_front", summary.ParetoFront);
            WriteStrings(w, "methods", summary.Methods);
            WriteArray(w, "fan", summary.Fan, WriteFan);
            WriteArray(w, "discovery", summary.Discovery, WritePrim);
            WriteArray(w, "importance", summary.Importance, WriteImportance);
            w.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void WriteHeader(Utf8JsonWriter w, ExperimentHeader h)
    {
        w.WriteStartObject("header");
        w.WriteString("command", h.Command);
        w.WriteString("scenario", h.Scenario);
        w.WriteString("design", h.Design);
        w.WriteNumber("samples", h.Samples);
        w.WriteNumber("replications", h.Replications);
        w.WriteNumber("seed", h.Seed);
        WriteStrings(w, "strategies", h.Strategies);
        WriteArray(w, "inputs", h.Inputs, WriteInput);
        WriteStrings(w, "satisficing", h.Satisficing);
        if (h.Fail is null) w.WriteNull("fail");
        else w.WriteString("fail", h.Fail);
        w.WriteBoolean("complete", h.Complete);
        w.WriteEndObject();
    }

    private static void WriteInput(Utf8JsonWriter w, InputColumn c)
    {
        w.WriteString("name", c.Name);
        w.WriteString("kind", c.Kind);
        w.WriteString("parameter", c.Parameter);
        if (c.Strategy is null) w.WriteNull("strategy");
        else w.WriteString("strategy", c.Strategy);
        w.WriteString("distribution", c.Distribution);
        WriteDouble(w, "min", c.Min);
        WriteDouble(w, "max", c.Max);
        w.WriteBoolean("discrete", c.IsDiscrete);
    }

    private static void WriteStrategy(Utf8JsonWriter w, StrategySummary s)
    {
        w.WriteString("strategy", s.Strategy);
        w.WriteNumber("runs", s.Runs);
        w.WriteNumber("rank", s.Rank);
        w.WriteStartObject("score_mean_interval");
        WriteDouble(w, "level", s.ScoreMeanInterval.Level);
        WriteDouble(w, "low", s.ScoreMeanInterval.Low);
        WriteDouble(w, "high", s.ScoreMeanInterval.High);
        w.WriteEndObject();
        WriteDouble(w, "probability_best", s.ProbabilityBest);
        WriteDouble(w, "max_regret", s.MaxRegret);
        WriteDouble(w, "mean_regret", s.MeanRegret);
        WriteDouble(w, "satisficing", s.Satisficing);
        w.WriteBoolean("pareto_efficient", s.ParetoEfficient);
        w.WriteStartObject("metrics");
        foreach (var m in s.Metrics)
        {
            w.WriteStartObject(m.Metric);
            WriteDouble(w, "mean", m.Mean);
            WriteDouble(w, "std_dev", m.StdDev);
            WriteDouble(w, "min", m.Min);
            WriteDouble(w, "p10", m.P10);
            WriteDouble(w, "q1", m.Q1);
            WriteDouble(w, "p50", m.P50);
            WriteDouble(w, "q3", m.Q3);
            WriteDouble(w, "p90", m.P90);
            WriteDouble(w, "max", m.Max);
            WriteDouble(w, "lower_whisker", m.LowerWhisker);
            WriteDouble(w, "upper_whisker", m.UpperWhisker);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteFan(Utf8JsonWriter w, FanBand f)
    {
        w.WriteString("strategy", f.Strategy);
        WriteDoubles(w, "p10", f.P10);
        WriteDoubles(w, "p50", f.P50);
        WriteDoubles(w, "p90", f.P90);
    }

    private static void WritePrim(Utf8JsonWriter w, PrimResult p)
    {
        w.WriteString("strategy", p.Strategy);
        w.WriteString("condition", p.Condition);
        w.WriteNumber("cases_of_interest", p.CasesOfInterest);
        w.WriteNumber("runs", p.Runs);
        if (p.Box is null)
        {
            w.WriteNull("box");
        }
        else
        {
            w.WriteStartObject("box");
            WriteDouble(w, "coverage", p.Box.Coverage);
            WriteDouble(w, "density", p.Box.Density);
            WriteDouble(w, "mass", p.Box.Mass);
            WriteArray(w, "limits", p.Box.Limits, (w, l) =>
            {
                w.WriteString("input", l.Input);
                WriteDouble(w, "low", l.Low);
                WriteDouble(w, "high", l.High);
                w.WriteBoolean("restricted", l.Restricted);
            });
            w.WriteEndObject();
        }

        WriteArray(w, "trajectory", p.Trajectory, (w, s) =>
        {
            w.WriteNumber("step", s.Step);
            WriteDouble(w, "coverage", s.Coverage);
            WriteDouble(w, "density", s.Density);
            WriteDouble(w, "mass", s.Mass);
            w.WriteNumber("restricted_inputs", s.RestrictedInputs);
        });
    }

    private static void WriteImportance(Utf8JsonWriter w, ImportanceRanking r)
    {
        w.WriteString("strategy", r.Strategy);
        w.WriteString("outcome", r.Outcome);
        WriteArray(w, "inputs", r.Inputs, (w, i) =>
        {
            w.WriteString("input", i.Input);
            WriteDouble(w, "first_order", i.FirstOrder);
            WriteDouble(w, "spearman", i.Spearman);
        });
    }

    /// <summary>An array of objects, each written by <paramref name="body"/> between its braces.</summary>
    private static void WriteArray<T>(Utf8JsonWriter w, string key, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> body)
    {
        w.WriteStartArray(key);
        foreach (var item in items)
        {
            w.WriteStartObject();
            body(w, item);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter w, string key, IReadOnlyList<string> values)
    {
        w.WriteStartArray(key);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void WriteDoubles(Utf8JsonWriter w, string key, IReadOnlyList<double> values)
    {
        w.WriteStartArray(key);
        foreach (var v in values)
        {
            if (double.IsFinite(v)) w.WriteNumberValue(v);
            else w.WriteNullValue();
        }

        w.WriteEndArray();
    }

    /// <summary>A number in shortest round-trip invariant form (Utf8JsonWriter's), or null when it is NaN or infinite.</summary>
    private static void WriteDouble(Utf8JsonWriter w, string key, double value)
    {
        if (double.IsFinite(value)) w.WriteNumber(key, value);
        else w.WriteNull(key);
    }
}
