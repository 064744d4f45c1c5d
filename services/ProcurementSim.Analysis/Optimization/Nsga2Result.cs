namespace ProcurementSim.Analysis.Optimization;

/// <summary>What a search ends with.</summary>
/// <param name="Population">The last population, in survival order (front by front; see <see cref="Nsga2"/>).</param>
/// <param name="Generations">Generations of offspring completed (0: only the initial population).</param>
/// <param name="Fronts">The objectives of the non-dominated members of each generation's population (index 0: the initial one), in population order.</param>
/// <param name="Evaluations">Candidates evaluated.</param>
/// <param name="Complete">False when the evaluator stopped the search early.</param>
public sealed record Nsga2Result(
    IReadOnlyList<Candidate> Population,
    int Generations,
    IReadOnlyList<IReadOnlyList<double[]>> Fronts,
    long Evaluations,
    bool Complete)
{
    /// <summary>The non-dominated members of the last population (rank 0), in population order.</summary>
    public IReadOnlyList<Candidate> Front => [.. Population.Where(c => c.Rank == 0)];
}
