using System.Globalization;

namespace ProcurementSim.Core.Loading;

/// <summary>Field paths as messages show them: <c>vendors[1].replacement.ramp_up_weeks</c>.</summary>
internal static class Paths
{
    private const int MaxShown = 120;

    private const int MaxKeyShown = 40;

    /// <summary>The path of a key under <paramref name="parent"/>; a very long key (only a broken file has one) is shortened.</summary>
    public static string Key(string parent, string key)
    {
        var shown = key.Length <= MaxKeyShown ? key : string.Concat(key.AsSpan(0, MaxKeyShown), "...");
        return parent.Length == 0 ? shown : parent + "." + shown;
    }

    public static string Index(string parent, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]");

    /// <summary>The path to start a message with; the top level is called "scenario", very long paths are shortened.</summary>
    public static string Label(string path) =>
        path.Length == 0 ? "scenario"
        : path.Length <= MaxShown ? path
        : string.Concat(path.AsSpan(0, MaxShown), "...");
}
