using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Text;

namespace ProcurementSim.Core.Tests.Loading;

public sealed class DidYouMeanTests
{
    private static readonly string[] CategoryKeys = ["name", "demand", "criticality", "ethical_risk", "legal_status", "operational"];

    [Theory]
    [InlineData("demnd", "demand")]
    [InlineData("Demand", "demand")]
    [InlineData("deamnd", "demand")]
    [InlineData("crit", "criticality")]
    [InlineData("ethical-risk", "ethical_risk")]
    [InlineData("names", "name")]
    public void A_typo_or_a_prefix_suggests_the_intended_key(string given, string expected) =>
        Assert.Equal(expected, DidYouMean.Closest(given, CategoryKeys));

    [Theory]
    [InlineData("colour")]
    [InlineData("x")]
    [InlineData("de")]
    public void A_word_far_from_every_key_suggests_nothing(string given) =>
        Assert.Null(DidYouMean.Closest(given, CategoryKeys));

    [Fact]
    public void Without_a_close_match_the_valid_words_are_listed() =>
        Assert.Equal("; expected one of a, b", DidYouMean.Suffix("zzz", ["a", "b"]));
}
