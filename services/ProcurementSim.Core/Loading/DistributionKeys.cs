namespace ProcurementSim.Core.Loading;

/// <summary>A distribution kind of <c>uncertainties:</c> and the keys it takes.</summary>
/// <param name="Kind">Its name in the file (<c>distribution:</c>).</param>
/// <param name="Required">Keys it needs.</param>
/// <param name="Optional">Keys it may have.</param>
internal sealed record DistributionKeys(string Kind, IReadOnlyList<string> Required, IReadOnlyList<string> Optional)
{
    /// <summary>Required then optional keys.</summary>
    public IReadOnlyList<string> All => [.. Required, .. Optional];
}
