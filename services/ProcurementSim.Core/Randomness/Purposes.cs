namespace ProcurementSim.Core.Randomness;

/// <summary>The purpose keys of every random draw in the model (one per kind of uncertain event).</summary>
public static class Purposes
{
    /// <summary>Whether a random inject fires this week.</summary>
    public static readonly ulong Inject = StableHash.Of("inject");
    /// <summary>Whether a vendor relaxes a clause in a negotiation round.</summary>
    public static readonly ulong Concession = StableHash.Of("concession");
    /// <summary>Whether a vendor with red lines answers an all-lawful-uses demand by accepting its conditional categories.</summary>
    public static readonly ulong PartialAcceptance = StableHash.Of("partial-acceptance");
    /// <summary>Whether a replacement answers a solicitation.</summary>
    public static readonly ulong Bid = StableHash.Of("bid");
    /// <summary>Whether an accreditation fails on completion.</summary>
    public static readonly ulong Accreditation = StableHash.Of("accreditation");
    /// <summary>Whether the integrator misuses a vendor's output this week.</summary>
    public static readonly ulong Misuse = StableHash.Of("misuse");
    /// <summary>A Monte Carlo draw of an experiment's input for a sample.</summary>
    public static readonly ulong Sample = StableHash.Of("sample");
    /// <summary>The stratum permutations and the jitter of a Latin hypercube design.</summary>
    public static readonly ulong LatinHypercube = StableHash.Of("latin-hypercube");
    /// <summary>The two base matrices (A: step 0, B: step 1) of a Sobol (Saltelli) design.</summary>
    public static readonly ulong Sobol = StableHash.Of("sobol");
    /// <summary>The row draws of the bootstrap resamples of the Sobol indices.</summary>
    public static readonly ulong SobolBootstrap = StableHash.Of("sobol-bootstrap");
}
