using ProcurementSim.Core.Experiments.Distributions;
using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Tests.Support;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Core.Tests.Loading;

/// <summary><c>uncertainties:</c>, <c>levers:</c> and <c>robustness:</c> load into the specs experiments use.</summary>
public sealed class ExperimentSectionTests
{
    [Fact]
    public void The_reference_scenario_samples_eight_uncertainties_in_file_order()
    {
        var u = ReferenceScenarios.StandoffExperiment.Uncertainties;

        Assert.Equal(
            [
                ("b_accreditation_weeks", "vendors.replacement_b.replacement.accreditation_weeks", "triangular(min 16, mode 26, max 52)"),
                ("a_accreditation_weeks", "vendors.replacement_a.replacement.accreditation_weeks", "triangular(min 8, mode 12, max 26)"),
                ("a_accreditation_failure", "vendors.replacement_a.replacement.accreditation_failure_probability", "truncated_normal(mean 0.1, sd 0.05, min 0, max 0.4)"),
                ("incumbent_concession", "vendors.incumbent.concession_probability", "uniform(min 0.1, max 0.6)"),
                ("budget_shock_rate", "injects.budget_shock.probability", "lognormal(median 0.005, sigma 0.6, max 0.05)"),
                ("security_incident_rate", "injects.security_incident.probability", "lognormal(median 0.005, sigma 0.6, max 0.05)"),
                ("misuse_probability", "integrator.misuse_probability", "triangular(min 0.01, mode 0.03, max 0.08)"),
                ("b_accepts_all_lawful_uses", "vendors.replacement_b.replacement.accepts_all_lawful_uses", "bernoulli(p 0.8)"),
            ],
            u.Select(x => (x.Name, x.Parameter, x.Distribution.Describe())));
    }

    [Fact]
    public void The_reference_scenario_has_three_levers_of_structured_replacement_and_three_criteria()
    {
        var s = ReferenceScenarios.StandoffExperiment;

        Assert.All(s.Levers, l => Assert.Equal("structured_replacement", l.Strategy));
        Assert.Equal(["structured_replacement.solicit_week", "structured_replacement.cutover_readiness", "structured_replacement.parallel_run_share"], s.Levers.Select(l => l.Name));
        // A whole-number parameter's min..max becomes every whole number in it; a number parameter's an interval; values a list.
        var weeks = Assert.IsType<IntegerUniformDistribution>(s.Levers[0].Range);
        Assert.Equal((4.0, 20.0), (weeks.Min, weeks.Max));
        var readiness = Assert.IsType<UniformDistribution>(s.Levers[1].Range);
        Assert.Equal((0.6, 0.95), (readiness.Min, readiness.Max));
        Assert.Equal([0.0, 0.25, 0.5], Assert.IsType<DiscreteDistribution>(s.Levers[2].Range).Values);
        Assert.Equal(["mission_capability_mean >= 0.8", "capability_gap_weeks <= 12", "total_cost <= 1.4e8"], s.Satisficing.Select(c => c.Text));
    }

    [Fact]
    public void Names_default_to_the_path_or_to_strategy_dot_param()
    {
        var s = ScenarioLoader.LoadText(ValidScenarios.Full, "full.yaml").Experiment;

        Assert.Equal(
            ["a_weeks", "injects.accreditation_delay.probability", "agency.contract.notice_weeks",
             "vendors.vendor-a.replacement.accepts_all_lawful_uses", "injects.1.magnitude", "vendors.incumbent.concession_probability"],
            s.Uncertainties.Select(u => u.Name));
        Assert.Equal(["ultimatum.issue_week", "readiness", "carve-out.rounds"], s.Levers.Select(l => l.Name));
    }

    [Fact]
    public void Each_distribution_kind_keeps_the_files_parameters()
    {
        var u = ScenarioLoader.LoadText(ValidScenarios.Full, "full.yaml").Experiment.Uncertainties;

        // lognormal with min and max: cut to [0.001, 0.1], median e^mu = 0.01.
        var lognormal = Assert.IsType<LogNormalDistribution>(u[1].Distribution);
        Assert.Equal((0.001, 0.1, 0.01), (lognormal.Min, lognormal.Max, Math.Round(lognormal.Median, 12)));
        // discrete weights 1, 2, 1 normalise to 0.25, 0.5, 0.25.
        var discrete = Assert.IsType<DiscreteDistribution>(u[2].Distribution);
        Assert.Equal([8.0, 12, 26], discrete.Values);
        Assert.Equal([0.25, 0.5, 0.25], discrete.Weights);
        Assert.Equal(0.8, Assert.IsType<BernoulliDistribution>(u[3].Distribution).P);
        Assert.Equal("truncated_normal(mean 0.1, sd 0.05, min 0, max 0.3)", u[4].Distribution.Describe());
    }

    [Fact]
    public void A_scenario_without_the_sections_has_none()
    {
        var loaded = ScenarioLoader.LoadText(ValidScenarios.Minimal, "m.yaml");
        Assert.True(loaded.IsValid, string.Join(Environment.NewLine, loaded.Diagnostics));
        var s = loaded.Experiment;

        Assert.Equal((0, 0, 0), (s.Uncertainties.Count, s.Levers.Count, s.Satisficing.Count));
    }

    [Fact]
    public void Parameter_references_wait_for_the_rest_of_the_file_to_be_valid()
    {
        // The quality mistake is reported; the unknown path and strategy are not checked against a scenario that has problems.
        var text = ValidScenarios.Minimal.Replace("quality: 0.9", "quality: 1.9", StringComparison.Ordinal) + """

            uncertainties:
              - {param: vendors.nobody.quality, distribution: uniform, min: 0.1, max: 0.2}
            levers:
              - {strategy: nobody, param: solicit_week, min: 1, max: 2}
            """;

        var d = Assert.Single(ScenarioLoader.LoadText(text, "s.yaml").Diagnostics);

        Assert.StartsWith("vendors[0].quality:", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_distribution_mistake_is_reported_even_when_the_rest_of_the_file_has_problems()
    {
        var text = ValidScenarios.Minimal.Replace("quality: 0.9", "quality: 1.9", StringComparison.Ordinal) + """

            uncertainties:
              - {param: vendors.lab.quality, distribution: uniform, min: 0.9, max: 0.1}
            """;

        var messages = ScenarioLoader.LoadText(text, "s.yaml").Diagnostics.Select(d => d.Message).ToList();

        Assert.Equal(2, messages.Count);
        Assert.Contains("uncertainties[0].max: expected a number greater than min (0.9), got 0.1", messages);
    }

    [Theory]
    // Plain from column 7: the second '>' is character 8 of the text, column 14.
    [InlineData("    - score >> 5", 14)]
    // Double-quoted from column 7: the text starts at 8, so column 15.
    [InlineData("    - \"score >> 5\"", 15)]
    // Flow sequence: '[' at column 16, the scalar at 17, the second '>' at 17 + 7 = 24.
    [InlineData("  satisficing: [score >> 5]", 24)]
    public void A_condition_mistake_points_at_its_column_in_the_file(string line, int column)
    {
        var section = line.StartsWith("  satisficing", StringComparison.Ordinal) ? $"robustness:\n{line}\n" : $"robustness:\n  satisficing:\n{line}\n";
        var text = ValidScenarios.Minimal + "\n" + section;

        var d = Assert.Single(ScenarioLoader.LoadText(text, "s.yaml").Diagnostics);

        Assert.Equal(column, d.Column);
        Assert.Equal("robustness.satisficing[0]: expected a number after 'score >'", d.Message);
    }

    [Fact]
    public void An_inject_probability_may_be_sampled_from_a_lognormal_that_starts_at_zero()
    {
        // The probability must be above 0; a lognormal from 0 reaches 0 only with probability zero, so it is accepted.
        var text = ValidScenarios.Minimal.Replace("strategies:", """
            injects:
              - {kind: budget_shock, probability: 0.01, magnitude: 0.1}
            uncertainties:
              - {param: injects.budget_shock.probability, distribution: lognormal, median: 0.005, sigma: 0.6, max: 0.05}
            strategies:
            """, StringComparison.Ordinal);

        var result = ScenarioLoader.LoadText(text, "s.yaml");

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Equal(0, result.Experiment.Uncertainties[0].Distribution.Min);
    }
}
