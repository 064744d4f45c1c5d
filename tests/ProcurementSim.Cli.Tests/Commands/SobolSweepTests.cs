using System.Text.Json;
using ProcurementSim.Cli.Tests.Support;
using ProcurementSim.Testing.Files;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Cli.Tests.Commands;

/// <summary><c>procsim sweep --design sobol</c> on the reference scenario: the indices, their reproducibility and where they are shown.</summary>
public sealed class SobolSweepTests
{
    /// <summary>
    /// The standoff with three uncertainties: the integrator's misuse probability (it drives red-line breaches and
    /// with them the score of every strategy), replacement B's accreditation, and the ethical risk of mass domestic
    /// surveillance, a category the agency never tasks (it is unlawful, docs/MODEL.md §7.1), so that input changes nothing.
    /// </summary>
    private static string WriteScenario(TempDirectory temp)
    {
        var text = File.ReadAllText(ReferenceScenarios.StandoffPath);
        var (start, end) = (text.IndexOf("uncertainties:", StringComparison.Ordinal), text.IndexOf("# Levers", StringComparison.Ordinal));
        Assert.True(start > 0 && end > start, "the reference scenario's uncertainties section moved");
        var path = temp.File("inert.yaml");
        File.WriteAllText(path, text[..start] + """
            uncertainties:
              - {name: misuse_probability, param: integrator.misuse_probability, distribution: triangular, min: 0.01, mode: 0.03, max: 0.08}
              - {name: b_accreditation_weeks, param: vendors.replacement_b.replacement.accreditation_weeks, distribution: triangular, min: 16, mode: 26, max: 52}
              - {name: surveillance_ethical_risk, param: categories.domestic_mass_surveillance.ethical_risk, distribution: uniform, min: 0.5, max: 1}

            """ + text[end..]);
        return path;
    }

    private static JsonElement Sobol(string directory) =>
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "sweep.json"))).RootElement.GetProperty("sobol");

    private static JsonElement Index(JsonElement sobol, string strategy, string outcome, string input) =>
        sobol.GetProperty("rankings").EnumerateArray()
            .Single(r => r.GetProperty("strategy").GetString() == strategy && r.GetProperty("outcome").GetString() == outcome)
            .GetProperty("inputs").EnumerateArray().Single(i => i.GetProperty("input").GetString() == input);

    [Fact]
    public void An_uncertainty_on_a_parameter_that_changes_nothing_gets_a_total_index_near_0_and_an_influential_one_a_clearly_larger_one()
    {
        using var temp = new TempDirectory();
        var outcome = Procsim.Run("sweep", WriteScenario(temp), "--design", "sobol", "--samples", "64", "--strategies", "structured_replacement,status_quo",
            "--fail", "capability_gap_weeks > 8", "--out", temp.File("out"));

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var sobol = Sobol(temp.File("out"));
        Assert.Equal((64, 64, 1000), (sobol.GetProperty("base_rows").GetInt32(), sobol.GetProperty("rows").GetInt32(), sobol.GetProperty("resamples").GetInt32()));
        foreach (var strategy in (string[])["structured_replacement", "status_quo"])
        {
            var inert = Index(sobol, strategy, "score", "surveillance_ethical_risk");
            var misuse = Index(sobol, strategy, "score", "misuse_probability");
            // The A_B rows of the inert input play the A rows' random streams with a parameter that changes nothing, so
            // every f_AB equals f_A: the index is 0, not merely small. A tolerance of 0.01 still holds it near 0.
            Assert.InRange(inert.GetProperty("total_order").GetDouble(), -0.01, 0.01);
            Assert.InRange(inert.GetProperty("total_order_high").GetDouble(), -0.01, 0.01);
            Assert.True(misuse.GetProperty("total_order").GetDouble() > 0.2, $"{strategy}: misuse total order {misuse}");
            Assert.True(misuse.GetProperty("total_order_low").GetDouble() > inert.GetProperty("total_order_high").GetDouble() + 0.1,
                $"{strategy}: the misuse interval {misuse} should lie clearly above the inert one {inert}");
        }

        // The fail condition and every metric have their indices too; a lever is listed for its own strategy only.
        var outcomes = sobol.GetProperty("rankings").EnumerateArray().Select(r => r.GetProperty("outcome").GetString()).Distinct().ToArray();
        Assert.Contains("fail", outcomes);
        Assert.Contains("total_cost", outcomes);
        Assert.Contains("score", outcomes);
        Assert.Throws<InvalidOperationException>(() => Index(sobol, "status_quo", "score", "structured_replacement.solicit_week"));
        Index(sobol, "structured_replacement", "score", "structured_replacement.solicit_week");
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes_whatever_parallel_is_and_the_console_and_report_carry_the_section()
    {
        using var temp = new TempDirectory();
        var path = WriteScenario(temp);
        string[] args = ["sweep", path, "--design", "sobol", "--samples", "8", "--strategies", "status_quo,ultimatum", "--fail", "capability_gap_weeks > 8"];

        var one = Procsim.Run([.. args, "--parallel", "1", "--out", temp.File("one")]);
        var two = Procsim.Run([.. args, "--parallel", "2", "--out", temp.File("two")]);

        Assert.True(one.ExitCode == 0, one.ToString());
        Assert.True(two.ExitCode == 0, two.ToString());
        foreach (var file in (string[])["sweep.json", "runs.csv", "report.html"])
        {
            Assert.Equal(File.ReadAllBytes(temp.File("one/" + file)), File.ReadAllBytes(temp.File("two/" + file)));
        }

        // The console wraps long lines at its width: compare with the line breaks folded into spaces.
        var console = string.Join(' ', one.Output.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Sobol indices (8 of 8 base rows, 95% bootstrap intervals of 1,000 resamples)", console, StringComparison.Ordinal);
        Assert.Contains("status_quo: score (V = ", console, StringComparison.Ordinal);
        Assert.Contains("ultimatum: fail (V = ", console, StringComparison.Ordinal);
        var report = File.ReadAllText(temp.File("one/report.html"));
        Assert.Contains("<section id=\"sobol\">", report, StringComparison.Ordinal);
        Assert.Contains("exp-sobol-0", report, StringComparison.Ordinal);
        Assert.Contains("error_x", report, StringComparison.Ordinal);
        Assert.Contains("Sobol indices: Saltelli", File.ReadAllText(temp.File("one/sweep.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_has_no_design_option_so_sobol_there_is_a_usage_error()
    {
        using var temp = new TempDirectory();
        var outcome = Procsim.Run("compare", ReferenceScenarios.StandoffPath, "--design", "sobol", "--out", temp.Path);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("Unrecognized command or argument '--design'", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_values_for_the_indices_are_refused_before_any_run_with_a_sentence()
    {
        using var temp = new TempDirectory();
        var outcome = Procsim.Run("sweep", ReferenceScenarios.StandoffPath, "--design", "sobol", "--samples", "400000", "--out", temp.Path);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("the Sobol indices keep every sample's outcomes", outcome.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("runs.csv")));
    }
}
