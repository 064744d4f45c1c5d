using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Experiments.Distributions;
using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Tests.Loading;
using ProcurementSim.Core.Tests.Support;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Core.Tests.Experiments;

/// <summary>The scenario-parameter registry: which paths a scenario has, and that setting one changes that field only.</summary>
public sealed class ScenarioParameterTests
{
    private static Scenario Standoff => ReferenceScenarios.StandoffScenario;

    [Fact]
    public void The_reference_scenario_has_81_parameters_sorted_by_path()
    {
        // 2 top-level (capability_threshold, review_overhead)
        // + 7 categories x 3 (demand, criticality, ethical_risk) = 21
        // + 3 agency (weekly_budget, contract.notice_weeks, contract.termination_fee)
        // + 3 vendors x 7 (quality, capacity, price, trust, reputation_sensitivity, concession_probability, partial_acceptance) = 21
        // + 2 replacements x 7 replacement fields = 14
        // + 1 integrator.misuse_probability
        // + injects, 8 of 8 distinct kinds: public_report (at, magnitude) 2, clarification_request (at, magnitude, weeks) 3,
        //   oversight_inquiry (probability, magnitude) 2, budget_shock (probability, magnitude) 2,
        //   accreditation_delay (probability, weeks; magnitude max is 0) 2, security_incident (probability, magnitude, weeks) 3,
        //   new_model_generation (at, magnitude) 2, legal_challenge (probability, magnitude, weeks) 3 = 19
        // = 2 + 21 + 3 + 21 + 14 + 1 + 19 = 81.
        var all = ScenarioParameters.All(Standoff).Select(p => p.Path).ToList();

        Assert.Equal(81, all.Count);
        Assert.Equal(all.Order(StringComparer.Ordinal), all);
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Contains("vendors.replacement_b.replacement.accepts_all_lawful_uses", all);
        Assert.Contains("injects.accreditation_delay.weeks", all);
        Assert.DoesNotContain("injects.accreditation_delay.magnitude", all);
        Assert.DoesNotContain("vendors.incumbent.replacement.accreditation_weeks", all);
    }

    public static TheoryData<string> StandoffPaths() => [.. ScenarioParameters.All(ReferenceScenarios.StandoffScenario).Select(p => p.Path)];

    [Theory]
    [MemberData(nameof(StandoffPaths))]
    public void Setting_a_parameter_changes_that_field_and_nothing_else(string path)
    {
        var parameter = ScenarioParameters.Find(Standoff, path)!;
        var before = parameter.Get(Standoff);
        var value = OtherValue(parameter, before);

        var changed = parameter.Set(Standoff, value);

        Assert.Equal(value, parameter.Get(changed));
        Assert.Equal(before, parameter.Get(Standoff));
        foreach (var other in ScenarioParameters.All(Standoff).Where(p => p.Path != path))
            Assert.True(other.Get(changed) == other.Get(Standoff), $"setting {path} changed {other.Path}");
        Assert.Equal(Standoff.Strategies, changed.Strategies);
    }

    [Fact]
    public void Setting_a_vendor_field_copies_only_the_records_on_its_way()
    {
        var changed = ScenarioParameters.Find(Standoff, "vendors.replacement_a.quality")!.Set(Standoff, 0.5);

        Assert.Same(Standoff.Categories, changed.Categories);
        Assert.Same(Standoff.Injects, changed.Injects);
        Assert.Same(Standoff.Vendors[0], changed.Vendors[0]);
        Assert.Same(Standoff.Vendors[1].Policy, changed.Vendors[1].Policy);
        Assert.NotSame(Standoff.Vendors[1], changed.Vendors[1]);
    }

    [Theory]
    // Half-way values round away from zero; others to the nearest whole number.
    [InlineData(26.5, 27)]
    [InlineData(26.49, 26)]
    [InlineData(0.5, 1)]
    [InlineData(51.6, 52)]
    public void A_whole_number_parameter_rounds_half_away_from_zero(double value, int expected)
    {
        var weeks = ScenarioParameters.Find(Standoff, "vendors.replacement_b.replacement.accreditation_weeks")!;

        var changed = weeks.Set(Standoff, value);

        Assert.Equal(expected, changed.Vendors[2].Replacement!.AccreditationWeeks);
    }

    [Theory]
    [InlineData(0.49, false)]
    [InlineData(0.5, true)]
    [InlineData(1.0, true)]
    [InlineData(0.0, false)]
    public void A_boolean_parameter_is_true_from_one_half(double value, bool expected)
    {
        var accepts = ScenarioParameters.Find(Standoff, "vendors.replacement_a.replacement.accepts_all_lawful_uses")!;

        Assert.Equal(expected, accepts.Set(Standoff, value).Vendors[1].Replacement!.AcceptsAllLawfulUses);
        Assert.Equal(ParameterKind.Boolean, accepts.Kind);
        Assert.Equal((0.0, 1.0), (accepts.Min, accepts.Max));
    }

    [Theory]
    [InlineData("vendors.incumbent.quality", 1.5)]
    [InlineData("vendors.incumbent.quality", double.NaN)]
    [InlineData("vendors.replacement_a.replacement.accreditation_weeks", 0.4)]
    [InlineData("injects.public_report.at", 104)]
    [InlineData("review_overhead", 1.5)]
    public void A_value_outside_the_range_is_refused(string path, double value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ScenarioParameters.Find(Standoff, path)!.Set(Standoff, value));

    [Fact]
    public void A_value_on_an_excluded_bound_moves_just_inside()
    {
        // An inject's probability must be above 0; a lognormal from 0 can give exactly 0 at u = 0.
        var probability = ScenarioParameters.Find(Standoff, "injects.budget_shock.probability")!;
        var overhead = ScenarioParameters.Find(Standoff, "review_overhead")!;

        Assert.Equal(double.Epsilon, probability.Get(probability.Set(Standoff, 0)));
        Assert.Equal(Math.BitDecrement(1.0), overhead.Get(overhead.Set(Standoff, 1)));
        Assert.True(probability.MinExclusive);
        Assert.True(overhead.MaxExclusive);
    }

    [Theory]
    // The same ranges as the loader's messages give for these fields.
    [InlineData("vendors.replacement_b.replacement.accreditation_weeks", "a whole number from 1 to 100000")]
    [InlineData("agency.contract.notice_weeks", "a whole number from 0 to 100000")]
    [InlineData("vendors.incumbent.capacity", "a number > 0")]
    [InlineData("vendors.replacement_a.replacement.bid_markup", "a number >= -0.9")]
    [InlineData("injects.budget_shock.probability", "a number > 0 and <= 1")]
    [InlineData("injects.budget_shock.magnitude", "a number from 0 to 0.95")]
    // 104 ticks: a scheduled inject fires in weeks 0..103.
    [InlineData("injects.public_report.at", "a whole number from 0 to 103")]
    [InlineData("review_overhead", "a number >= 0 and < 1")]
    [InlineData("vendors.replacement_b.replacement.accepts_all_lawful_uses", "true or false")]
    public void Each_parameter_describes_the_range_the_loader_enforces(string path, string expected) =>
        Assert.Equal(expected, ScenarioParameters.Find(Standoff, path)!.Describe());

    [Fact]
    public void The_loader_refuses_a_value_just_past_a_parameters_range_with_the_same_description()
    {
        var yaml = File.ReadAllText(ReferenceScenarios.PathOf("usage-policy-standoff.yaml"))
            .Replace("accreditation_weeks: 26", "accreditation_weeks: 100001", StringComparison.Ordinal);
        var range = ScenarioParameters.Find(Standoff, "vendors.replacement_b.replacement.accreditation_weeks")!.Describe();

        var d = Assert.Single(ScenarioLoader.LoadText(yaml, "s.yaml").Diagnostics);

        Assert.Equal($"vendors[2].replacement.accreditation_weeks: expected {range}, got 100001", d.Message);
    }

    private const string TwoInquiries = """
        injects:
          - {kind: oversight_inquiry, probability: 0.01, magnitude: 0.2}
          - {kind: budget_shock, probability: 0.01, magnitude: 0.1}
          - {kind: oversight_inquiry, at: 30, magnitude: 0.5}
        strategies:
        """;

    private static Scenario WithTwoInquiries()
    {
        var text = ValidScenarios.Minimal.Replace("strategies:", TwoInquiries, StringComparison.Ordinal);
        var result = ScenarioLoader.LoadText(text, "s.yaml");
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Diagnostics));
        return result.Scenario!;
    }

    [Fact]
    public void A_repeated_inject_kind_is_listed_by_index_and_a_single_one_by_kind()
    {
        var paths = ScenarioParameters.All(WithTwoInquiries()).Select(p => p.Path).Where(p => p.StartsWith("injects.", StringComparison.Ordinal));

        // Inject 0 is random (probability), inject 2 scheduled (at); budget_shock occurs once.
        Assert.Equal(
            ["injects.0.magnitude", "injects.0.probability", "injects.2.at", "injects.2.magnitude",
             "injects.budget_shock.magnitude", "injects.budget_shock.probability"],
            paths);
    }

    [Fact]
    public void An_inject_is_also_found_by_its_index_whatever_its_kind()
    {
        var s = WithTwoInquiries();
        var byIndex = ScenarioParameters.Find(s, "injects.1.probability")!;
        var byKind = ScenarioParameters.Find(s, "injects.budget_shock.probability")!;

        Assert.Equal("injects.1.probability", byIndex.Path);
        Assert.Equal(byKind.Get(s), byIndex.Get(s));
        Assert.Equal(0.3, byKind.Get(byIndex.Set(s, 0.3)));
        Assert.Null(ScenarioParameters.Find(s, "injects.oversight_inquiry.magnitude"));
        Assert.Null(ScenarioParameters.Find(s, "injects.3.magnitude"));
        Assert.Null(ScenarioParameters.Find(s, "injects.0.at"));
    }

    [Fact]
    public void Apply_sets_each_uncertainty_to_its_value_and_leaves_the_scenario_unchanged()
    {
        UncertaintySpec[] uncertainties =
        [
            new("b_weeks", "vendors.replacement_b.replacement.accreditation_weeks", new TriangularDistribution(16, 26, 52)),
            new("concession", "vendors.incumbent.concession_probability", new UniformDistribution(0.1, 0.6)),
            new("shock", "injects.3.probability", new UniformDistribution(0.001, 0.05)),
        ];

        var world = ScenarioParameters.Apply(Standoff, uncertainties, [40.4, 0.45, 0.02]);

        Assert.Equal((40, 0.45), (world.Vendors[2].Replacement!.AccreditationWeeks, world.Vendors[0].ConcessionProbability));
        // Inject 3 of the file is the budget shock.
        Assert.Equal((InjectKind.BudgetShock, 0.02), (world.Injects[3].Kind, world.Injects[3].Probability));
        Assert.Equal((26, 0.35, 0.005), (Standoff.Vendors[2].Replacement!.AccreditationWeeks, Standoff.Vendors[0].ConcessionProbability, Standoff.Injects[3].Probability));
        Assert.Throws<ArgumentException>(() => ScenarioParameters.Apply(Standoff, uncertainties, [1.0]));
    }

    [Fact]
    public void The_format_reference_documents_every_kind_of_path_and_no_other()
    {
        // The rows of the "Parameter paths" table, e.g. | `vendors.NAME.quality` | number | 0 to 1 |.
        var doc = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "docs", "SCENARIO-FORMAT.md"));
        var table = doc.SkipWhile(l => l != "### Parameter paths").Skip(1).TakeWhile(l => !l.StartsWith('#'))
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .Select(l => l.Split('`')[1])
            .ToHashSet(StringComparer.Ordinal);
        var s = Standoff;
        string General(string path)
        {
            var parts = path.Split('.');
            if (parts[0] is "categories" or "vendors") parts[1] = "NAME";
            if (parts[0] == "injects") parts[1] = "K";
            return string.Join('.', parts);
        }

        // The standoff has every kind of field: both vendor roles, scheduled and random injects, kinds with and without weeks.
        Assert.Equal(table.Order(StringComparer.Ordinal), ScenarioParameters.All(s).Select(p => General(p.Path)).Distinct().Order(StringComparer.Ordinal));
    }

    /// <summary>A value in range that differs from <paramref name="current"/>.</summary>
    private static double OtherValue(ScenarioParameter p, double current)
    {
        if (p.Kind == ParameterKind.Boolean) return 1 - current;
        var low = p.MinExclusive ? p.Min + 0.01 : p.Min;
        var high = double.IsPositiveInfinity(p.Max) ? low + 1000 : p.MaxExclusive ? p.Max - 0.01 : p.Max;
        var candidate = p.Kind == ParameterKind.Integer ? Math.Round(low + (high - low) * 0.37) : low + (high - low) * 0.37;
        return candidate != current ? candidate : high;
    }
}
