namespace ProcurementSim.Core.Experiments.Designs;

/// <summary>Chooses the value of every input for each sample; a pure function of (seed, sample), like every draw in the model.</summary>
internal interface ISampleDesign
{
    /// <summary>How many samples the design has.</summary>
    int Samples { get; }

    /// <summary>Writes sample <paramref name="sample"/>'s value of each input into <paramref name="values"/>.</summary>
    void Fill(int sample, Span<double> values);

    /// <summary>
    /// The sample whose random streams the runs of <paramref name="sample"/> play with: itself, except in a Sobol design,
    /// whose A_B^(i) samples play with their row's A sample (<see cref="SobolLayout.StreamSampleOf"/>).
    /// </summary>
    int StreamSampleOf(int sample) => sample;
}
