using ProcurementSim.Core.Experiments.Conditions;

namespace ProcurementSim.Core.Tests.Experiments;

/// <summary>The condition grammar: precedence, negation, parentheses, both orders of a comparison, and errors with columns.</summary>
public sealed class ConditionTests
{
    /// <summary>score 60, no cost, no gap weeks, mean capability 0.8; any other metric 0.</summary>
    private static double Outcome(string name) => name switch
    {
        "score" => 60,
        "mission_capability_mean" => 0.8,
        _ => 0,
    };

    private static bool Holds(string text) => Condition.Parse(text).IsMet(Outcome);

    [Fact]
    public void And_binds_tighter_than_or()
    {
        // true or (false and false) = true; read as (true or false) and false it would be false.
        Assert.True(Holds("score > 50 or total_cost > 10 and capability_gap_weeks > 10"));
        // (false and true) or true = true; read as false and (true or true) it would be false.
        Assert.True(Holds("total_cost > 10 and score > 50 or score > 50"));
    }

    [Fact]
    public void Parentheses_override_precedence() =>
        Assert.False(Holds("(score > 50 or total_cost > 10) and capability_gap_weeks > 10"));

    [Fact]
    public void Not_applies_to_the_comparison_that_follows_it()
    {
        Assert.False(Holds("not score > 50"));
        // (not score > 50) or score == 60 = false or true.
        Assert.True(Holds("not score > 50 or score == 60"));
        Assert.False(Holds("not (score > 50 or total_cost > 10)"));
        Assert.True(Holds("not not score > 50"));
    }

    [Theory]
    [InlineData("score < 60", false)]
    [InlineData("score <= 60", true)]
    [InlineData("score > 59.5", true)]
    [InlineData("score >= 60.5", false)]
    [InlineData("score == 60", true)]
    [InlineData("score != 60", false)]
    public void Each_operator_compares_the_metric_with_the_number(string text, bool expected) =>
        Assert.Equal(expected, Holds(text));

    [Theory]
    // 55 < score (60): true; 60 < score: false; 0.8 <= mean capability (0.8): true.
    [InlineData("55 < score", true)]
    [InlineData("60 < score", false)]
    [InlineData("0.8 <= mission_capability_mean", true)]
    [InlineData("1e2 > score", true)]
    public void A_number_may_come_first(string text, bool expected) =>
        Assert.Equal(expected, Holds(text));

    [Fact]
    public void Keywords_are_case_insensitive_and_spacing_is_free() =>
        Assert.True(Holds("score>50 AND(total_cost<=0)Or score<0"));

    [Theory]
    // "capabilty_gap_weeks" starts at column 1 and is one letter from a metric.
    [InlineData("capabilty_gap_weeks > 8", 1, "'capabilty_gap_weeks' is not one (did you mean 'capability_gap_weeks'?)")]
    // "score >" is read, then ">" at column 8 is not a number.
    [InlineData("score >> 5", 8, "a number after 'score >'")]
    // "red_line_breaches" ends at column 17; the single "=" at column 19 is not an operator.
    [InlineData("red_line_breaches = 0", 19, "a comparison operator")]
    // "score > 5" is complete; "total_cost" at column 11 needs "and" or "or" before it.
    [InlineData("score > 5 total_cost < 3", 11, "'and', 'or' or the end of the condition; found 'total_cost < 3'")]
    // The text ends (column 11) where ")" is needed.
    [InlineData("(score > 5", 11, "a closing ')'")]
    // After "or" (columns 11-12) the text ends at column 13.
    [InlineData("score > 5 or", 13, "a metric name such as capability_gap_weeks, or 'score'")]
    [InlineData("   ", 1, "the text is empty")]
    public void A_mistake_is_reported_with_its_column_and_what_was_expected(string text, int column, string fragment)
    {
        Assert.False(Condition.TryParse(text, out var condition, out var error, out var actual));

        Assert.Null(condition);
        Assert.Equal(column, actual);
        Assert.Contains(fragment, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_throws_a_format_exception_with_the_column() =>
        Assert.Equal("column 8: a number after 'score >'", Assert.Throws<FormatException>(() => Condition.Parse("score >> 5")).Message);

    [Fact]
    public void The_text_is_kept_trimmed() =>
        Assert.Equal("score > 5", Condition.Parse("  score > 5 ").Text);

    [Fact]
    public void Deep_nesting_is_refused_rather_than_overflowing_the_stack()
    {
        var text = new string('(', 40) + "score > 1" + new string(')', 40);

        Assert.False(Condition.TryParse(text, out _, out var error, out var column));
        // Levels 1..32 are allowed; the 33rd "(" is at column 33.
        Assert.Equal(33, column);
        Assert.Contains("at most 32 levels", error, StringComparison.Ordinal);
    }
}
