using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using ProcurementSim.Cli.Experiments;
using ProcurementSim.Cli.Output;
using ProcurementSim.Core.Results;
using Spectre.Console;
using static ProcurementSim.Core.Results.CanonicalJson;

namespace ProcurementSim.Cli.Optimization;

/// <summary>
/// <c>shard.json</c> of <c>procsim optimize --shard I/N</c>: island I − 1 of a search with N islands, and everything a
/// merge needs to finish the search without the scenario file: the search's options as resolved, the scenario's text,
/// the id of the search (SHA-256 of the canonical JSON of both: islands of one search share it), the strategies as
/// written judged in sample, and the island's result. Numbers that the merge computes with travel as the hexadecimal
/// bits of their doubles, so that they come back exactly (infinities and NaN included).
/// </summary>
internal static class IslandShard
{
    /// <summary>The value of the <c>format</c> key.</summary>
    public const string Format = "procsim.optimize-shard/1";

    /// <summary>Writes the shard (nothing when no initial population was judged); the exit code.</summary>
    public static int Write(OptimizeOptions options, OptimizeContext context, string scenarioText, IslandSearch? search, TimeSpan elapsed, IAnsiConsole console, TextWriter error)
    {
        var shard = options.Shard!;
        if (search is null)
        {
            error.WriteLine($"{CliApp.Name} optimize: stopped before the initial population was judged; no files were written.");
            return ExitCodes.Interrupted;
        }

        var island = search.Islands[0];
        var directory = options.OutputDirectory ?? SearchFinish.DefaultDirectory(context) + string.Create(CultureInfo.InvariantCulture, $"-shard-{shard.Index}-of-{shard.Count}");
        var bytes = CanonicalJson.ToBytes(w =>
        {
            w.WriteString("format", Format);
            w.WriteString("search", IdOf(context, scenarioText, shard.Count));
            w.WriteString("command", "optimize");
            w.WriteNumber("shard", shard.Index);
            w.WriteNumber("shards", shard.Count);
            w.WriteBoolean("complete", island.Complete);
            WriteOptions(w, context);
            w.WriteString("scenario_file", Path.GetFileName(options.File));
            w.WriteString("scenario", scenarioText);
            w.WriteStartArray("in_references");
            foreach (var r in search.InReferences) WriteBits(w, r);
            w.WriteEndArray();
            w.WriteNumber("generations_completed", island.Generations);
            w.WriteNumber("evaluations", island.Evaluations);
            w.WriteNumber("played", island.Played);
            w.WriteStartArray("fronts");
            foreach (var front in island.Fronts)
            {
                w.WriteStartArray();
                foreach (var point in front) WriteBits(w, point);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            WriteObjects(w, "front", island.Front, (w, p) =>
            {
                w.WritePropertyName("values");
                WriteBits(w, p.Values);
                w.WritePropertyName("objectives");
                WriteBits(w, p.Objectives);
                w.WritePropertyName("minimised");
                WriteBits(w, p.Minimised);
            });
        });
        var files = OutputFiles.WriteAll(directory, [(ShardManifest.FileName, bytes)]);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"optimize shard {shard}: {context.InSample.Scenario.Name}, {context.Strategy.Name}'s levers, island {shard.Index} of {shard.Count} (seed {OptimizeSetup.IslandSeed(context.Seed, shard.Index - 1)}): {island.Generations} generations, {island.Played + ((long)context.Options.States * context.InSample.Strategies.Count):N0} runs in {elapsed.TotalSeconds:0.0} s"));
        if (!island.Complete)
        {
            console.MarkupLine("[yellow]Stopped early: play this shard again before merging.[/]");
        }
        console.WriteLine($"File: {files[0]}");
        console.WriteLine($"When every shard is done: {CliApp.Name} merge DIR1 DIR2 … --out DIR");
        return island.Complete ? ExitCodes.Ok : ExitCodes.Interrupted;
    }

    /// <summary>Whether <paramref name="directory"/>'s shard.json is an optimize shard (a compare or sweep shard's is not).</summary>
    public static bool IsOne(string directory)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, ShardManifest.FileName)));
            return document.RootElement.TryGetProperty("format", out var format) && format.ValueKind == JsonValueKind.String && format.GetString() == Format;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return false;
        }
    }

    /// <summary>Reads a shard, or says in a sentence why it cannot.</summary>
    public static IslandShardFile Read(string directory)
    {
        var path = Path.Combine(directory, ShardManifest.FileName);
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            if (root.GetProperty("format").GetString() != Format)
            {
                throw new UserInputException($"{CliApp.Name} merge: {path} is not a shard of optimize (format {Format}); merge the shards of one command at a time.");
            }
            var shard = new ShardSpec(root.GetProperty("shard").GetInt32(), root.GetProperty("shards").GetInt32());
            var options = new OptimizeOptions(
                Path.Combine(directory, root.GetProperty("scenario_file").GetString()!),
                root.GetProperty("strategy").GetString()!,
                root.GetProperty("objectives").GetString()!,
                root.GetProperty("population").GetInt32(),
                root.GetProperty("generations").GetInt32(),
                root.GetProperty("states").GetInt32(),
                root.GetProperty("seed").GetUInt64(),
                Parallel: Environment.ProcessorCount,
                OutputDirectory: null,
                [.. root.GetProperty("satisfice").EnumerateArray().Select(e => e.GetString()!)],
                Islands: shard.Count);
            var island = new IslandResult(shard.Index - 1, root.GetProperty("generations_completed").GetInt32(), root.GetProperty("complete").GetBoolean(),
                root.GetProperty("evaluations").GetInt64(), root.GetProperty("played").GetInt64(),
                [.. root.GetProperty("fronts").EnumerateArray().Select(f => (IReadOnlyList<double[]>)[.. f.EnumerateArray().Select(ReadBits)])],
                [.. root.GetProperty("front").EnumerateArray().Select(p => new IslandPoint(
                    ReadBits(p.GetProperty("values")), ReadBits(p.GetProperty("objectives")), ReadBits(p.GetProperty("minimised"))))]);
            return new IslandShardFile(directory, root.GetProperty("search").GetString()!, shard, options, root.GetProperty("scenario").GetString()!,
                [.. root.GetProperty("in_references").EnumerateArray().Select(ReadBits)], island);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"{CliApp.Name} merge: {directory} holds no readable {ShardManifest.FileName} ({e.Message}); give the directories the shards wrote (--shard I/N --out DIR).", e);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or OverflowException)
        {
            throw new UserInputException($"{CliApp.Name} merge: {path} is not a valid shard of optimize ({e.Message}).", e);
        }
    }

    /// <summary>The id of a search with <paramref name="islands"/> islands: its options as resolved and the scenario's text, hashed.</summary>
    public static string IdOf(OptimizeContext context, string scenarioText, int islands) => Convert.ToHexStringLower(SHA256.HashData(CanonicalJson.ToBytes(w =>
    {
        w.WriteString("command", "optimize");
        WriteOptions(w, context);
        w.WriteNumber("islands", islands);
        w.WriteString("scenario", scenarioText);
    })));

    private static void WriteOptions(Utf8JsonWriter w, OptimizeContext context)
    {
        var o = context.Options;
        w.WriteString("strategy", context.Strategy.Name);
        w.WriteString("objectives", string.Join(",", context.Objectives.Select(x => x.Text)));
        w.WriteNumber("population", o.Population);
        w.WriteNumber("generations", o.Generations);
        w.WriteNumber("states", o.States);
        w.WriteNumber("seed", context.Seed);
        WriteStrings(w, "satisfice", o.Satisfice);
    }

    private static void WriteBits(Utf8JsonWriter w, IEnumerable<double> values)
    {
        w.WriteStartArray();
        foreach (var v in values) w.WriteStringValue(BitConverter.DoubleToInt64Bits(v).ToString("x16", CultureInfo.InvariantCulture));
        w.WriteEndArray();
    }

    private static double[] ReadBits(JsonElement array) =>
        [.. array.EnumerateArray().Select(e => BitConverter.Int64BitsToDouble(long.Parse(e.GetString()!, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)))];
}
