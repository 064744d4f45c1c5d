namespace ProcurementSim.Analysis.Optimization;

/// <summary>A member of a population: its genes, its objectives (all minimised), its front rank (0 = non-dominated) and crowding distance.</summary>
/// <param name="Genes">The decision variables' values.</param>
/// <param name="Objectives">The objective values, each to be minimised; never NaN (the search reads NaN as +∞).</param>
/// <param name="Rank">The candidate's front in the last sort: 0 for the non-dominated.</param>
/// <param name="Crowding">Its crowding distance within that front (+∞ at a boundary).</param>
public sealed record Candidate(double[] Genes, double[] Objectives, int Rank, double Crowding);
