namespace ProcurementSim.Cli.Optimization;

/// <summary>
/// What one island's search ends with, all a merge needs of it: how far it got, what it cost, the objectives of each
/// generation's non-dominated members (for the hypervolume) and its final front.
/// </summary>
/// <param name="Island">The island's index, from 0.</param>
/// <param name="Generations">Generations of offspring completed.</param>
/// <param name="Complete">False when Ctrl-C stopped it.</param>
/// <param name="Evaluations">Candidates evaluated.</param>
/// <param name="Played">Runs played for them (the cache's hits are not played).</param>
/// <param name="Fronts">Per generation (0: the initial population), the non-dominated members' objectives in the search's form, in population order.</param>
/// <param name="Front">The non-dominated members of the last population, in population order.</param>
internal sealed record IslandResult(
    int Island, int Generations, bool Complete, long Evaluations, long Played, IReadOnlyList<IReadOnlyList<double[]>> Fronts, IReadOnlyList<IslandPoint> Front);
