using System.Globalization;

namespace ProcurementSim.Cli.Experiments;

/// <summary>
/// Shard I of N of an experiment (1 ≤ I ≤ N): the states [⌊(I − 1)·S / N⌋, ⌊I·S / N⌋) of its S states, so the N
/// shards partition the states into contiguous blocks in plan order and their merge replays them in that order.
/// </summary>
/// <param name="Index">I, from 1.</param>
/// <param name="Count">N.</param>
internal sealed record ShardSpec(int Index, int Count)
{
    /// <summary>Most shards of one experiment.</summary>
    public const int MaxCount = 100_000;

    /// <summary>The first state of the shard.</summary>
    public int First(int states) => (int)((long)(Index - 1) * states / Count);

    /// <summary>One past the last state of the shard.</summary>
    public int End(int states) => (int)((long)Index * states / Count);

    /// <summary>"I/N".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    /// <summary>Parses "I/N", or says what was expected.</summary>
    public static bool TryParse(string text, out ShardSpec? shard, out string error)
    {
        (shard, error) = (null, "");
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count is >= 1 and <= MaxCount && index >= 1 && index <= count)
        {
            shard = new ShardSpec(index, count);
            return true;
        }

        error = string.Create(CultureInfo.InvariantCulture, $"--shard expects I/N with 1 ≤ I ≤ N ≤ {MaxCount:N0} (e.g. 2/3); '{text}' is not one.");
        return false;
    }
}
