namespace ProcurementSim.Core.Experiments;

/// <summary>What each experiment design is called on the command line and in the outputs: lhs, mc, factorial, sobol.</summary>
public static class ExperimentDesignNames
{
    private static readonly (ExperimentDesign Design, string Name)[] Names =
    [
        (ExperimentDesign.LatinHypercube, "lhs"),
        (ExperimentDesign.MonteCarlo, "mc"),
        (ExperimentDesign.Factorial, "factorial"),
        (ExperimentDesign.Sobol, "sobol"),
    ];

    /// <summary>The names, as a sentence lists them: "lhs, mc, factorial or sobol".</summary>
    public static string Listed => string.Join(", ", Names[..^1].Select(n => n.Name)) + " or " + Names[^1].Name;

    /// <summary>The design's name; a value that names no design plans as Monte Carlo (<see cref="ExperimentPlan"/>), so it is called so.</summary>
    public static string Of(ExperimentDesign design)
    {
        foreach (var (d, name) in Names)
        {
            if (d == design) return name;
        }

        return Of(ExperimentDesign.MonteCarlo);
    }

    /// <summary>The design called <paramref name="name"/> (exactly, as written); false when none is.</summary>
    public static bool TryParse(string name, out ExperimentDesign design)
    {
        foreach (var (d, n) in Names)
        {
            if (n == name)
            {
                design = d;
                return true;
            }
        }

        design = default;
        return false;
    }
}
