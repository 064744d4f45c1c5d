namespace ProcurementSim.Core.Scenarios;

/// <summary>The contract in force at the start, with the incumbent.</summary>
/// <param name="Vendor">The vendor under contract.</param>
/// <param name="Shares">Allocation share per category, each in [0, 1].</param>
/// <param name="NoticeWeeks">Notice period for a termination (≥ 0).</param>
/// <param name="TerminationFee">Fee paid when the contract is terminated.</param>
public sealed record ContractSpec(
    string Vendor,
    IReadOnlyDictionary<string, double> Shares,
    int NoticeWeeks,
    double TerminationFee);
