namespace ProcurementSim.Core.Results;

/// <summary>Writes <c>timeline.csv</c>: one row per tick.</summary>
public static class TimelineCsvWriter
{
    /// <summary>The UTF-8 bytes of timeline.csv.</summary>
    public static byte[] ToBytes(RunResult result) => throw new InvalidOperationException("under construction");
}
