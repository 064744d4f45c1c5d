using ProcurementSim.Core.Loading;

namespace ProcurementSim.Core.Tests.Loading;

/// <summary>The optional <c>seminar:</c> section: a briefing per seat, checked like every other field.</summary>
public sealed class SeminarSectionTests
{
    [Fact]
    public void Briefings_are_read_per_seat_and_a_seat_without_one_has_none()
    {
        var loaded = ScenarioLoader.LoadText(ValidScenarios.Full, "full.yaml");
        Assert.True(loaded.IsValid, string.Join(Environment.NewLine, loaded.Diagnostics));

        Assert.Equal("You run the procurement office.", loaded.Seminar.BriefingOf("agency"));
        Assert.Equal("You want the contract.", loaded.Seminar.BriefingOf("vendor-a"));
        Assert.Equal("", loaded.Seminar.BriefingOf("incumbent"));
        Assert.Empty(ScenarioLoader.LoadText(ValidScenarios.Minimal, "m.yaml").Seminar.Briefings);
    }

    [Fact]
    public void A_briefing_for_a_seat_the_scenario_does_not_have_is_reported_at_its_line_and_column()
    {
        var text = ValidScenarios.Minimal + "\nseminar:\n  briefings:\n    agency: fine\n    labb: who?\n";
        var d = Assert.Single(ScenarioLoader.LoadText(text, "s.yaml").Diagnostics);
        Assert.Equal(("s.yaml", 27, 5), (d.File, d.Line, d.Column));
        Assert.StartsWith("seminar.briefings.labb: not a seat of this scenario", d.Message, StringComparison.Ordinal);
        Assert.Contains("lab", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_briefing_longer_than_the_limit_or_not_text_is_refused()
    {
        var tooLong = ScenarioLoader.LoadText(ValidScenarios.Minimal + $"\nseminar:\n  briefings:\n    lab: {new string('x', 4001)}\n", "s.yaml");
        Assert.Contains("at most 4000 characters, got 4001", Assert.Single(tooLong.Diagnostics).Message, StringComparison.Ordinal);
        var list = ScenarioLoader.LoadText(ValidScenarios.Minimal + "\nseminar:\n  briefings:\n    lab: [a, b]\n", "s.yaml");
        Assert.StartsWith("seminar.briefings.lab:", Assert.Single(list.Diagnostics).Message, StringComparison.Ordinal);
    }
}
