using System.Collections.Concurrent;
namespace ProcurementSim.Core.Loading;

/// <summary>
/// The scenario texts this process has loaded lately, by (file name, text), so that the services, which are sent the
/// text with every run (the orchestrator's StartRun, each actor service's InitRun), parse a text once rather than once a
/// run: parsing is a few milliseconds of CPU, as much as the rest of a distributed run's share on one service. Loading is a pure function of the text and a loaded scenario
/// is shared read-only by any number of runs (as the embedded engine shares it), so a kept result is the result a new
/// load would give. At most <see cref="Capacity"/> texts are kept; past that the cache starts over.
/// </summary>
public static class LoadedScenarios
{
    /// <summary>How many distinct texts are kept.</summary>
    public const int Capacity = 16;

    private static readonly ConcurrentDictionary<(string File, string Yaml), LoadResult> Kept = new();

    /// <summary>The load of <paramref name="yaml"/> named <paramref name="fileName"/>, from the cache or <see cref="ScenarioLoader.LoadText"/>.</summary>
    public static LoadResult Load(string yaml, string fileName)
    {
        if (Kept.TryGetValue((fileName, yaml), out var kept)) return kept;
        var loaded = ScenarioLoader.LoadText(yaml, fileName);
        if (Kept.Count >= Capacity) Kept.Clear();
        Kept[(fileName, yaml)] = loaded;
        return loaded;
    }
}
