namespace ProcurementSim.Orchestrator.Runs;

/// <summary>Run ids: <c>run-</c> and 32 lowercase hex digits (a random GUID), so they spread evenly over replicas.</summary>
public static class RunIds
{
    private const string Prefix = "run-";

    /// <summary>What a run id looks like, for error messages.</summary>
    public const string Shape = "'run-' followed by 32 lowercase hex digits, as StartRun returns it";

    /// <summary>A new run id.</summary>
    public static string New() => Prefix + Guid.NewGuid().ToString("N");

    /// <summary>True when <paramref name="id"/> has the shape of a run id.</summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: 36 } && id.StartsWith(Prefix, StringComparison.Ordinal) && !id.AsSpan(Prefix.Length).ContainsAnyExcept("0123456789abcdef");
}
