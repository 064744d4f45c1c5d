namespace ProcurementSim.Analysis.Summary;

/// <summary>One input's Sobol indices for an outcome, each with its bootstrap percentile interval.</summary>
/// <param name="Input">Input name.</param>
/// <param name="First">First-order index S_i: the share of the outcome's variance the input explains alone.</param>
/// <param name="FirstLow">Lower bound of S_i's interval.</param>
/// <param name="FirstHigh">Upper bound of S_i's interval.</param>
/// <param name="Total">Total-order index ST_i: the share it explains alone and through interactions with the other inputs.</param>
/// <param name="TotalLow">Lower bound of ST_i's interval.</param>
/// <param name="TotalHigh">Upper bound of ST_i's interval.</param>
public sealed record SobolIndex(string Input, double First, double FirstLow, double FirstHigh, double Total, double TotalLow, double TotalHigh);
