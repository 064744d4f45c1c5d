using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Results;
using static ProcurementSim.Core.Results.CanonicalJson;

namespace ProcurementSim.Cli.Experiments;

/// <summary>
/// <c>shard.json</c>: what a shard played and everything a merge needs to finish the experiment without the scenario
/// file: the experiment (command, options as resolved, the scenario's text), its id (SHA-256 of the canonical JSON of
/// the command, the options and the scenario's text: shards of one experiment share it), which shard of how many,
/// its states and how many were played.
/// </summary>
/// <param name="Experiment">The experiment's id.</param>
/// <param name="Options">The experiment's options (the file is the scenario's original path, for messages only).</param>
/// <param name="ScenarioText">The scenario file's text.</param>
/// <param name="Shard">Which shard.</param>
/// <param name="FirstState">The shard's first state.</param>
/// <param name="EndState">One past its last state.</param>
/// <param name="StatesPlayed">States played (all of them unless stopped).</param>
internal sealed record ShardManifest(
    string Experiment, ExperimentOptions Options, string ScenarioText, ShardSpec Shard, int FirstState, int EndState, int StatesPlayed)
{
    /// <summary>The value of the <c>format</c> key.</summary>
    public const string Format = "procsim.shard/1";

    /// <summary>The manifest's file name.</summary>
    public const string FileName = "shard.json";

    /// <summary>The played states' file name.</summary>
    public const string StatesFileName = "states.bin";

    /// <summary>Whether every state of the shard was played.</summary>
    public bool Complete => StatesPlayed == EndState - FirstState;

    /// <summary>The id of an experiment: its command, resolved options and scenario text, hashed.</summary>
    public static string IdOf(ExperimentOptions options, ExperimentPlan plan, string scenarioText)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(plan);
        var bytes = CanonicalJson.ToBytes(w =>
        {
            w.WriteString("command", options.Command);
            WriteExperiment(w, options with { Strategies = [.. plan.Strategies.Select(s => s.Name)], Seed = plan.Request.Seed });
            w.WriteString("scenario", scenarioText);
        });
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>The manifest's bytes.</summary>
    public byte[] ToBytes() => CanonicalJson.ToBytes(w =>
    {
        w.WriteString("format", Format);
        w.WriteString("experiment", Experiment);
        w.WriteString("command", Options.Command);
        w.WriteNumber("shard", Shard.Index);
        w.WriteNumber("shards", Shard.Count);
        w.WriteNumber("first_state", FirstState);
        w.WriteNumber("end_state", EndState);
        w.WriteNumber("states_played", StatesPlayed);
        w.WriteBoolean("complete", Complete);
        WriteExperiment(w, Options);
        w.WriteString("scenario_file", Path.GetFileName(Options.File));
        w.WriteString("scenario", ScenarioText);
    });

    /// <summary>Reads a manifest, or says in a sentence why it cannot.</summary>
    public static ShardManifest Read(string directory)
    {
        var path = Path.Combine(directory, FileName);
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            if (root.GetProperty("format").GetString() != Format) throw new UserInputException($"{CliApp.Name} merge: {path} is not a shard manifest of format {Format}.");
            var shard = new ShardSpec(root.GetProperty("shard").GetInt32(), root.GetProperty("shards").GetInt32());
            var options = new ExperimentOptions(
                root.GetProperty("command").GetString()!,
                Path.Combine(directory, root.GetProperty("scenario_file").GetString()!),
                ExperimentDesignNames.TryParse(root.GetProperty("design").GetString()!, out var design) ? design : throw new FormatException("design"),
                root.GetProperty("samples").GetInt32(),
                root.GetProperty("replications").GetInt32(),
                [.. root.GetProperty("strategies").EnumerateArray().Select(e => e.GetString()!)],
                root.GetProperty("seed").GetUInt64(),
                Parallel: 1,
                OutputDirectory: null,
                [.. root.GetProperty("satisfice").EnumerateArray().Select(e => e.GetString()!)],
                root.GetProperty("fail").GetString(),
                root.GetProperty("parquet").GetBoolean(),
                shard);
            return new ShardManifest(root.GetProperty("experiment").GetString()!, options, root.GetProperty("scenario").GetString()!, shard,
                root.GetProperty("first_state").GetInt32(), root.GetProperty("end_state").GetInt32(), root.GetProperty("states_played").GetInt32());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"{CliApp.Name} merge: {directory} holds no readable {FileName} ({e.Message}); give the directories the shards wrote (--shard I/N --out DIR).", e);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new UserInputException($"{CliApp.Name} merge: {path} is not a valid shard manifest ({e.Message}).", e);
        }
    }

    private static void WriteExperiment(Utf8JsonWriter w, ExperimentOptions o)
    {
        w.WriteString("design", ExperimentDesignNames.Of(o.Design));
        w.WriteNumber("samples", o.Samples);
        w.WriteNumber("replications", o.Replications);
        w.WriteNumber("seed", o.Seed ?? 0);
        WriteStrings(w, "strategies", o.Strategies ?? []);
        WriteStrings(w, "satisfice", o.Satisfice);
        if (o.Fail is null) w.WriteNull("fail");
        else w.WriteString("fail", o.Fail);
        w.WriteBoolean("parquet", o.Parquet);
    }
}
