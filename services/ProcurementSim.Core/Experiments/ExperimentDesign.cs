namespace ProcurementSim.Core.Experiments;

/// <summary>How an experiment chooses its samples of the inputs.</summary>
public enum ExperimentDesign
{
    /// <summary>Independent uniform draws per input and sample (<c>mc</c>).</summary>
    MonteCarlo,

    /// <summary>Latin hypercube: each input's range cut into N equal-probability strata, one sample in each (<c>lhs</c>).</summary>
    LatinHypercube,

    /// <summary>Every combination of each input's levels (<c>factorial</c>).</summary>
    Factorial,

    /// <summary>
    /// Saltelli's sampling for Sobol global sensitivity: base matrices A and B and, per input i, A with column i from B
    /// (<c>sobol</c>; <see cref="SobolLayout"/>).
    /// </summary>
    Sobol,
}
