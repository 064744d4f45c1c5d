using ProcurementSim.Core.Experiments.Distributions;

namespace ProcurementSim.Core.Loading;

/// <summary>A distribution read from an uncertainty, with the nodes that set its support, for messages about the parameter's range.</summary>
/// <param name="Distribution">The distribution.</param>
/// <param name="MinNode">The value of <c>min</c>, or null when the kind's lowest value is not given by a key (lognormal without min, discrete, bernoulli).</param>
/// <param name="MaxNode">The value of <c>max</c>, or null likewise.</param>
/// <param name="ValueNodes">The items of a discrete distribution's <c>values</c>, one per value; empty for other kinds.</param>
internal sealed record ReadDistribution(Distribution Distribution, YamlNode? MinNode, YamlNode? MaxNode, IReadOnlyList<YamlNode> ValueNodes);
