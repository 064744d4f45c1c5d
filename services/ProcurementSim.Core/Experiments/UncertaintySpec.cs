using ProcurementSim.Core.Experiments.Distributions;

namespace ProcurementSim.Core.Experiments;

/// <summary>A scenario parameter whose value is not known, with the distribution experiments sample it from.</summary>
/// <param name="Name">Column name in runs.csv and the reports (defaults to the path in the file).</param>
/// <param name="Parameter">Path of the scenario parameter, e.g. <c>vendors.replacement_b.replacement.accreditation_weeks</c>.</param>
/// <param name="Distribution">What values it takes and how likely each is.</param>
public sealed record UncertaintySpec(string Name, string Parameter, Distribution Distribution);
