using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Experiments;

/// <summary>
/// The registry of scenario parameters: every numeric field of a scenario that <c>uncertainties:</c> may name, by path.
/// The paths are <c>capability_threshold</c>, <c>review_overhead</c>, <c>categories.NAME.demand|criticality|ethical_risk</c>,
/// <c>agency.weekly_budget</c>, <c>agency.contract.notice_weeks|termination_fee</c>,
/// <c>vendors.NAME.quality|capacity|price|trust|reputation_sensitivity|concession_probability|partial_acceptance</c>,
/// <c>vendors.NAME.replacement.FIELD</c> for replacements, <c>integrator.misuse_probability</c>, and
/// <c>injects.KIND.FIELD</c> (or <c>injects.INDEX.FIELD</c>) for injects; docs/SCENARIO-FORMAT.md lists them all.
/// The index is built once per scenario instance, so looking paths up in the same base scenario is cheap.
/// </summary>
public static class ScenarioParameters
{
    /// <summary>
    /// Every parameter of <paramref name="scenario"/>, sorted by path (ordinal). An inject whose kind occurs once is
    /// listed as <c>injects.KIND.FIELD</c>, otherwise as <c>injects.INDEX.FIELD</c>.
    /// </summary>
    public static IReadOnlyList<ScenarioParameter> All(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return ParameterIndex.Of(scenario).All;
    }

    /// <summary>
    /// The parameter at <paramref name="path"/>, or null when the scenario has no such field. An inject is also found by
    /// its 0-based index in the file (<c>injects.3.probability</c>) whatever its kind; the parameter's
    /// <see cref="ScenarioParameter.Path"/> is then the path as given.
    /// </summary>
    public static ScenarioParameter? Find(Scenario scenario, string path)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(path);
        return ParameterIndex.Of(scenario).Find(path);
    }

    /// <summary>
    /// A copy of <paramref name="scenario"/> with each uncertainty's parameter set to its value (<c>values[i]</c> for
    /// <c>uncertainties[i]</c>), in list order. The scenario itself is not changed.
    /// </summary>
    /// <exception cref="ArgumentException">The counts differ, or a path is not a parameter of the scenario.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value lies outside its parameter's range.</exception>
    public static Scenario Apply(Scenario scenario, IReadOnlyList<UncertaintySpec> uncertainties, ReadOnlySpan<double> values)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(uncertainties);
        if (values.Length != uncertainties.Count)
            throw new ArgumentException($"expected {uncertainties.Count} values, one per uncertainty, got {values.Length}", nameof(values));
        var index = ParameterIndex.Of(scenario);
        var result = scenario;
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = index.Find(uncertainties[i].Parameter)
                ?? throw new ArgumentException($"'{uncertainties[i].Parameter}' is not a parameter of scenario '{scenario.Name}'", nameof(uncertainties));
            result = parameter.Set(result, values[i]);
        }
        return result;
    }
}
