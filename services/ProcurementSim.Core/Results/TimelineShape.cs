namespace ProcurementSim.Core.Results;

/// <summary>Checks that a tick's per-category or per-vendor array matches the result's names.</summary>
internal static class TimelineShape
{
    /// <summary>Throws when the lengths differ: the engine built a tick record of the wrong shape.</summary>
    public static void Check(string field, int names, int values, int tick)
    {
        if (names != values)
        {
            throw new InvalidOperationException(
                $"Tick {tick}: '{field}' has {values} values for {names} names (this is a bug in the engine).");
        }
    }
}
