namespace ProcurementSim.Core.Experiments.Designs;

/// <summary>Chooses the value of every input for each sample; a pure function of (seed, sample), like every draw in the model.</summary>
internal interface ISampleDesign
{
    /// <summary>How many samples the design has.</summary>
    int Samples { get; }

    /// <summary>Writes sample <paramref name="sample"/>'s value of each input into <paramref name="values"/>.</summary>
    void Fill(int sample, Span<double> values);
}
