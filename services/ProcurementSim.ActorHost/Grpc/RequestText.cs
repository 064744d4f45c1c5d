namespace ProcurementSim.ActorHost.Grpc;

/// <summary>Checks of the free-text fields of the actor services' requests: run ids, file names, addresses.</summary>
internal static class RequestText
{
    /// <summary>The longest run id accepted (the orchestrator's are 36 characters).</summary>
    public const int MaxRunIdLength = 128;

    /// <summary>The longest scenario file name accepted (as the orchestrator's API).</summary>
    public const int MaxFileNameLength = 256;

    /// <summary>The longest peer address accepted.</summary>
    public const int MaxAddressLength = 2048;

    /// <summary>A run id is required, at most <see cref="MaxRunIdLength"/> characters, without control characters.</summary>
    public static void CheckRunId(FieldErrors errors, string runId, string field)
    {
        if (runId.Length == 0)
        {
            errors.Add(field, "is required");
            return;
        }
        errors.Require(runId.Length <= MaxRunIdLength && !HasControl(runId), field,
            $"expected at most {MaxRunIdLength} characters without control characters, got {runId.Length} characters");
    }

    /// <summary>An optional name that is at most <paramref name="max"/> characters, without control characters.</summary>
    public static void CheckName(FieldErrors errors, string text, string field, int max) =>
        errors.Require(text.Length <= max && !HasControl(text), field,
            $"expected at most {max} characters without control characters, got {text.Length} characters");

    private static bool HasControl(string text) => text.Any(char.IsControl);
}
