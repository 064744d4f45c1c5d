namespace ProcurementSim.Analysis.LeverSearch;

/// <summary>A generation's non-dominated set: its size and normalised hypervolume (see <see cref="SearchVolumes"/>).</summary>
/// <param name="Generation">0 for the initial population.</param>
/// <param name="FrontSize">Members of the population's first front.</param>
/// <param name="Hypervolume">Its hypervolume in normalised objectives against the point 1.1 in each.</param>
public sealed record GenerationVolume(int Generation, int FrontSize, double Hypervolume);
