namespace ProcurementSim.Analysis.Optimization;

/// <summary>The parameters of one NSGA-II search (Deb, Pratap, Agarwal &amp; Meyarivan 2002).</summary>
/// <param name="Population">Candidates per generation (at least 4).</param>
/// <param name="Generations">Generations of offspring after the initial population: the search evaluates Population × (Generations + 1) candidates.</param>
/// <param name="Seed">Seed of <see cref="SearchRandom"/>: the same seed gives the same populations.</param>
/// <param name="CrossoverProbability">Chance that a pair of parents is crossed (SBX); otherwise the children copy them.</param>
/// <param name="CrossoverEta">SBX distribution index η_c: larger keeps children nearer their parents.</param>
/// <param name="MutationProbability">Chance per gene of polynomial mutation; null for 1 / number of variables.</param>
/// <param name="MutationEta">Polynomial mutation's distribution index η_m.</param>
public sealed record Nsga2Settings(
    int Population,
    int Generations,
    ulong Seed,
    double CrossoverProbability = 0.9,
    double CrossoverEta = 15,
    double? MutationProbability = null,
    double MutationEta = 20);
