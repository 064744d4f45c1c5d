using ProcurementSim.Core.Decisions;
using ProcurementSim.Core.Metrics;
using ProcurementSim.Seminar.Pages;

namespace ProcurementSim.Seminar.Tests;

/// <summary>The pages' numbers and names, exactly as a student reads them.</summary>
public sealed class FormatsTests
{
    [Theory]
    [InlineData(1600000.00, "$1,600,000")]
    [InlineData(113030000.000, "$113,030,000")]
    [InlineData(999.5, "$1,000")]
    [InlineData(100, "$100")]
    [InlineData(12.5, "$12.50")]
    [InlineData(0, "$0")]
    [InlineData(-2500, "-$2,500")]
    [InlineData(-0.001, "$0.00")]
    public void Money_has_a_dollar_sign_thousands_separators_and_cents_only_below_100(double value, string expected) =>
        Assert.Equal(expected, Formats.Money(value));

    [Theory]
    [InlineData("the agency terminates incumbent at once, paying 1600000 in fees and in lieu of notice", "the agency terminates incumbent at once, paying 1,600,000 in fees and in lieu of notice")]
    [InlineData("the agency awards replacement_a a contract at 1102.5 per task unit", "the agency awards replacement_a a contract at 1,102.5 per task unit")]
    [InlineData("a legal challenge to incumbent's termination costs 250000 and delays it by 6 weeks.", "a legal challenge to incumbent's termination costs 250,000 and delays it by 6 weeks.")]
    [InlineData("the agency cuts vendor_2024's tasking from 400 to 120.5 task units a week", "the agency cuts vendor_2024's tasking from 400 to 120.5 task units a week")]
    [InlineData("already 1,600,000 and 12345x stay", "already 1,600,000 and 12345x stay")]
    public void Event_sentences_get_thousands_separators_and_keep_every_other_character(string detail, string expected) =>
        Assert.Equal(expected, Formats.Sentence(detail));

    [Theory]
    [InlineData(113030000.000, 2, "113,030,000")]
    [InlineData(1234.567, 2, "1,234.57")]
    [InlineData(0.5, 2, "0.5")]
    [InlineData(400, 0, "400")]
    [InlineData(-0.0001, 2, "0")]
    public void Numbers_have_thousands_separators_and_no_trailing_zeros(double value, int decimals, string expected) =>
        Assert.Equal(expected, Formats.Number(value, decimals));

    [Theory]
    [InlineData(0.5, "50%")]
    [InlineData(0.125, "12.5%")]
    [InlineData(1, "100%")]
    [InlineData(0, "0%")]
    [InlineData(0.005, "0.5%")]
    public void Fractions_are_percentages(double value, string expected) => Assert.Equal(expected, Formats.Percent(value));

    [Fact]
    public void Booleans_read_yes_or_no()
    {
        Assert.Equal("yes", Formats.YesNo(true));
        Assert.Equal("no", Formats.YesNo(false));
    }

    [Theory]
    [InlineData("inject_clarification_request", "clarification request")]
    [InlineData("contract_awarded", "contract awarded")]
    public void Event_kinds_are_words(string kind, string expected) => Assert.Equal(expected, Formats.EventKind(kind));

    [Fact]
    public void Names_and_enum_values_are_words()
    {
        Assert.Equal("intelligence analysis", Formats.Words("intelligence_analysis"));
        Assert.Equal("under notice", Formats.Words(KnownVendorState.UnderNotice));
        Assert.Equal("cyber defense, logistics planning", Formats.Words(["cyber_defense", "logistics_planning"]));
    }

    [Fact]
    public void The_engine_acts_as_the_game_and_a_seat_keeps_its_name()
    {
        Assert.Equal("the game", Formats.Actor("orchestrator"));
        Assert.Equal("the agency's integrator", Formats.Actor("integrator"));
        Assert.Equal("replacement_a", Formats.Actor("replacement_a"));
    }

    [Fact]
    public void Metrics_are_shown_in_their_units()
    {
        Assert.Equal("$113,030,000", Formats.Metric(MetricNames.EconomicCost, 113030000.0));
        Assert.Equal("87.3%", Formats.Metric(MetricNames.MissionCapabilityMean, 0.8734));
        Assert.Equal("3", Formats.Metric(MetricNames.CapabilityGapWeeks, 3.0));
        Assert.Equal("4,012.5", Formats.Metric(MetricNames.VendorConcentrationHhi, 4012.5));
        Assert.Equal("—", Formats.Metric(MetricNames.ShortfallCost, (double?)null));
    }

    [Fact]
    public void The_score_is_not_shown_before_a_week_is_played()
    {
        Assert.Contains(">—</span> (not yet scored: no week has been played)", FacilitatorPage.ScoreSoFar(0, 63.04, false), StringComparison.Ordinal);
        Assert.Contains(">90.3</span> (over the 8 weeks played", FacilitatorPage.ScoreSoFar(8, 90.34, false), StringComparison.Ordinal);
        Assert.Contains("final score <span id=\"score\" data-scored=\"1\">71.0</span>", FacilitatorPage.ScoreSoFar(52, 71.0, true), StringComparison.Ordinal);
    }
}
