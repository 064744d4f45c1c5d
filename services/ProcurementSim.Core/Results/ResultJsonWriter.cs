namespace ProcurementSim.Core.Results;

/// <summary>Writes <c>result.json</c> canonically (stable key order, invariant round-trip numbers, no timestamps).</summary>
public static class ResultJsonWriter
{
    /// <summary>The UTF-8 bytes of result.json.</summary>
    public static byte[] ToBytes(RunResult result) => throw new InvalidOperationException("under construction");
}
