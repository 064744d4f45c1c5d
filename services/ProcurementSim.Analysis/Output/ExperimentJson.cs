using System.Text.Json;
using ProcurementSim.Analysis.Summary;
using ProcurementSim.Core.Results;
using static ProcurementSim.Core.Results.CanonicalJson;

namespace ProcurementSim.Analysis.Output;

/// <summary>
/// Writes <c>compare.json</c> and <c>sweep.json</c> canonically (<see cref="CanonicalJson"/>): every key written
/// explicitly in a fixed order, numbers in invariant shortest round-trip form, <c>\n</c> line ends, no timestamps;
/// a number that is not finite (a statistic undefined for too few runs, an unbounded input range) is written as
/// <c>null</c>. The scatter subsample is for the report only and is not written.
/// </summary>
public static class ExperimentJson
{
    /// <summary>The value of the <c>format</c> key: bump it when the layout changes.</summary>
    public const string Format = "procsim.experiment/1";

    /// <summary>The UTF-8 bytes of the file.</summary>
    public static byte[] ToBytes(ExperimentSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return CanonicalJson.ToBytes(w =>
        {
            w.WriteString("format", Format);
            WriteHeader(w, summary.Header);
            w.WriteNumber("states", summary.States);
            WriteObjects(w, "strategies", summary.Strategies, WriteStrategy);
            WriteStrings(w, "pareto_front", summary.ParetoFront);
            WriteStrings(w, "methods", summary.Methods);
            WriteObjects(w, "fan", summary.Fan, WriteFan);
            WriteObjects(w, "discovery", summary.Discovery, WritePrim);
            WriteObjects(w, "importance", summary.Importance, WriteImportance);
            // Only where scenario discovery ran, so that compare.json keeps its bytes.
            if (summary.Cart is { Count: > 0 } cart) WriteObjects(w, "cart", cart, WriteCart);
            // Only a sweep with the sobol design has the section, so no other output changes.
            if (summary.Sobol is { } sobol) SobolJson.Write(w, sobol);
        });
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
        WriteObjects(w, "inputs", h.Inputs, WriteInput);
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
        WriteNumberOrNull(w, "min", c.Min);
        WriteNumberOrNull(w, "max", c.Max);
        w.WriteBoolean("discrete", c.IsDiscrete);
    }

    private static void WriteStrategy(Utf8JsonWriter w, StrategySummary s)
    {
        w.WriteString("strategy", s.Strategy);
        w.WriteNumber("runs", s.Runs);
        w.WriteNumber("rank", s.Rank);
        w.WriteStartObject("score_mean_interval");
        WriteNumberOrNull(w, "level", s.ScoreMeanInterval.Level);
        WriteNumberOrNull(w, "low", s.ScoreMeanInterval.Low);
        WriteNumberOrNull(w, "high", s.ScoreMeanInterval.High);
        w.WriteEndObject();
        WriteNumberOrNull(w, "probability_best", s.ProbabilityBest);
        WriteNumberOrNull(w, "max_regret", s.MaxRegret);
        WriteNumberOrNull(w, "mean_regret", s.MeanRegret);
        WriteNumberOrNull(w, "satisficing", s.Satisficing);
        w.WriteBoolean("pareto_efficient", s.ParetoEfficient);
        w.WriteStartObject("metrics");
        foreach (var m in s.Metrics)
        {
            w.WriteStartObject(m.Metric);
            WriteNumberOrNull(w, "mean", m.Mean);
            WriteNumberOrNull(w, "std_dev", m.StdDev);
            WriteNumberOrNull(w, "min", m.Min);
            WriteNumberOrNull(w, "p10", m.P10);
            WriteNumberOrNull(w, "q1", m.Q1);
            WriteNumberOrNull(w, "p50", m.P50);
            WriteNumberOrNull(w, "q3", m.Q3);
            WriteNumberOrNull(w, "p90", m.P90);
            WriteNumberOrNull(w, "max", m.Max);
            WriteNumberOrNull(w, "lower_whisker", m.LowerWhisker);
            WriteNumberOrNull(w, "upper_whisker", m.UpperWhisker);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteFan(Utf8JsonWriter w, FanBand f)
    {
        w.WriteString("strategy", f.Strategy);
        WriteNumbersOrNull(w, "p10", f.P10);
        WriteNumbersOrNull(w, "p50", f.P50);
        WriteNumbersOrNull(w, "p90", f.P90);
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
            WriteNumberOrNull(w, "coverage", p.Box.Coverage);
            WriteNumberOrNull(w, "density", p.Box.Density);
            WriteNumberOrNull(w, "mass", p.Box.Mass);
            w.WriteNumber("step", p.Box.Step);
            WriteObjects(w, "limits", p.Box.Limits, (w, l) =>
            {
                w.WriteString("input", l.Input);
                WriteNumberOrNull(w, "low", l.Low);
                WriteNumberOrNull(w, "high", l.High);
                w.WriteBoolean("restricted", l.Restricted);
                WriteOptional(w, "quasi_p_low", l.QuasiPLow);
                WriteOptional(w, "quasi_p_high", l.QuasiPHigh);
                WriteOptional(w, "reproduce_coverage", l.ReproduceCoverage);
                WriteOptional(w, "reproduce_density", l.ReproduceDensity);
            });
            w.WriteEndObject();
        }

        WriteObjects(w, "trajectory", p.Trajectory, (w, s) =>
        {
            w.WriteNumber("step", s.Step);
            WriteNumberOrNull(w, "coverage", s.Coverage);
            WriteNumberOrNull(w, "density", s.Density);
            WriteNumberOrNull(w, "mass", s.Mass);
            w.WriteNumber("restricted_inputs", s.RestrictedInputs);
            w.WriteString("phase", s.Pasted ? "paste" : "peel");
        });
    }

    private static void WriteCart(Utf8JsonWriter w, CartResult c)
    {
        w.WriteString("strategy", c.Strategy);
        w.WriteString("condition", c.Condition);
        w.WriteNumber("cases_of_interest", c.CasesOfInterest);
        w.WriteNumber("runs", c.Runs);
        w.WriteNumber("leaves", c.Leaves);
        WriteObjects(w, "boxes", c.Boxes, (w, b) =>
        {
            w.WriteNumber("leaf", b.Step);
            WriteNumberOrNull(w, "coverage", b.Coverage);
            WriteNumberOrNull(w, "density", b.Density);
            WriteNumberOrNull(w, "mass", b.Mass);
            WriteObjects(w, "limits", b.Limits.Where(l => l.Restricted).ToArray(), (w, l) =>
            {
                w.WriteString("input", l.Input);
                WriteNumberOrNull(w, "low", l.Low);
                WriteNumberOrNull(w, "high", l.High);
            });
        });
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v) WriteNumberOrNull(w, name, v);
        else w.WriteNull(name);
    }

    private static void WriteImportance(Utf8JsonWriter w, ImportanceRanking r)
    {
        w.WriteString("strategy", r.Strategy);
        w.WriteString("outcome", r.Outcome);
        WriteObjects(w, "inputs", r.Inputs, (w, i) =>
        {
            w.WriteString("input", i.Input);
            WriteNumberOrNull(w, "first_order", i.FirstOrder);
            WriteNumberOrNull(w, "spearman", i.Spearman);
            WriteNumberOrNull(w, "p_value", i.PValue);
            w.WriteBoolean("indistinguishable", i.Indistinguishable);
        });
    }
}
