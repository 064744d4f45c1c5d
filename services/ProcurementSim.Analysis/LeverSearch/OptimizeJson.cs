using System.Text.Json;
using ProcurementSim.Core.Results;
using static ProcurementSim.Core.Results.CanonicalJson;

namespace ProcurementSim.Analysis.LeverSearch;

/// <summary>
/// Writes optimize.json canonically (<see cref="CanonicalJson"/>): keys in a fixed order, invariant shortest
/// round-trip numbers, no timestamps; a value that is not finite (an objective no state gives) is null. Objectives
/// are reported as the analyst reads them (a share, a percentile), not negated.
/// </summary>
public static class OptimizeJson
{
    /// <summary>The value of the <c>format</c> key.</summary>
    public const string Format = "procsim.optimize/1";

    /// <summary>The UTF-8 bytes of the file.</summary>
    public static byte[] ToBytes(OptimizeSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var h = summary.Header;
        return CanonicalJson.ToBytes(w =>
        {
            w.WriteString("format", Format);
            w.WriteStartObject("header");
            w.WriteString("command", "optimize");
            w.WriteString("scenario", h.Scenario);
            w.WriteString("strategy", h.Strategy);
            w.WriteNumber("seed", h.Seed);
            w.WriteNumber("out_of_sample_seed", h.OutOfSampleSeed);
            w.WriteNumber("population", h.Population);
            w.WriteNumber("generations", h.Generations);
            w.WriteNumber("generations_completed", h.GenerationsCompleted);
            // Written for more than one island only, so that one search's file is what it was before islands existed.
            if (h.Islands > 1) w.WriteNumber("islands", h.Islands);
            w.WriteNumber("states", h.States);
            w.WriteNumber("out_of_sample_states", h.OutOfSampleStates);
            w.WriteStartObject("operators");
            w.WriteString("algorithm", "nsga2");
            w.WriteString("crossover", "sbx");
            w.WriteNumber("crossover_probability", h.Settings.CrossoverProbability);
            w.WriteNumber("crossover_eta", h.Settings.CrossoverEta);
            w.WriteString("mutation", "polynomial");
            WriteNumberOrNull(w, "mutation_probability", h.Settings.MutationProbability ?? 1.0 / summary.Levers.Count);
            w.WriteNumber("mutation_eta", h.Settings.MutationEta);
            w.WriteEndObject();
            WriteStrings(w, "satisficing", h.Satisficing);
            WriteStrings(w, "reference_strategies", h.ReferenceStrategies);
            w.WriteBoolean("complete", h.Complete);
            w.WriteEndObject();
            WriteObjects(w, "levers", summary.Levers, (w, l) =>
            {
                w.WriteString("name", l.Name);
                w.WriteString("parameter", l.Parameter);
                w.WriteString("kind", l.Kind);
                WriteNumberOrNull(w, "min", l.Min);
                WriteNumberOrNull(w, "max", l.Max);
                if (l.Values is null) w.WriteNull("values");
                else WriteNumbersOrNull(w, "values", l.Values);
            });
            WriteObjects(w, "objectives", summary.Objectives, (w, o) =>
            {
                w.WriteString("name", o.Name);
                w.WriteString("sense", o.Sense);
            });
            w.WriteNumber("evaluations", summary.Evaluations);
            w.WriteNumber("runs", summary.Runs);
            WriteObjects(w, "front", summary.Front, (w, p) =>
            {
                w.WriteString("label", p.Label);
                w.WriteNumber("equivalent_settings", p.Equivalent);
                Named(w, "levers", summary.Levers.Select(l => l.Name), p.Levers);
                Named(w, "in_sample", summary.Objectives.Select(o => o.Name), p.InSample);
                if (p.OutOfSample is null) w.WriteNull("out_of_sample");
                else Named(w, "out_of_sample", summary.Objectives.Select(o => o.Name), p.OutOfSample);
                if (p.EfficientOutOfSample is { } e) w.WriteBoolean("efficient_out_of_sample", e);
                else w.WriteNull("efficient_out_of_sample");
            });
            WriteObjects(w, "references", summary.References, (w, r) =>
            {
                w.WriteString("strategy", r.Strategy);
                Named(w, "in_sample", summary.Objectives.Select(o => o.Name), r.InSample);
                if (r.OutOfSample is null) w.WriteNull("out_of_sample");
                else Named(w, "out_of_sample", summary.Objectives.Select(o => o.Name), r.OutOfSample);
            });
            w.WriteStartObject("hypervolume");
            WriteNumbersOrNull(w, "normalisation_low", summary.VolumeLow);
            WriteNumbersOrNull(w, "normalisation_high", summary.VolumeHigh);
            WriteNumbersOrNull(w, "reference_point", summary.VolumeLow.Select(_ => 1.1));
            WriteObjects(w, "generations", summary.Volumes, (w, v) =>
            {
                w.WriteNumber("generation", v.Generation);
                w.WriteNumber("front_size", v.FrontSize);
                WriteNumberOrNull(w, "hypervolume", v.Hypervolume);
            });
            w.WriteEndObject();
        });
    }

    private static void Named(Utf8JsonWriter w, string key, IEnumerable<string> names, IReadOnlyList<double> values)
    {
        w.WriteStartObject(key);
        var i = 0;
        foreach (var name in names) WriteNumberOrNull(w, name, values[i++]);
        w.WriteEndObject();
    }
}
