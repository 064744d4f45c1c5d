using ProcurementSim.Core.Conditions;
using ProcurementSim.Core.Metrics;

namespace ProcurementSim.Core.Experiments.Conditions;

/// <summary>
/// A condition on a run's outcome, such as <c>capability_gap_weeks &gt; 8</c> or
/// <c>mission_capability_mean &gt;= 0.8 and red_line_breaches == 0</c>: comparisons of a metric (or <c>score</c>)
/// with a number, joined by <c>and</c>, <c>or</c>, <c>not</c> and parentheses. <c>--fail</c>, <c>--satisfice</c> and
/// <c>robustness.satisficing</c> use it. The grammar is <see cref="ConditionExpression"/>'s, which strategy triggers share.
/// </summary>
public sealed class Condition
{
    /// <summary>The name of the composite score in conditions.</summary>
    public const string Score = "score";

    private readonly ConditionExpression _expression;

    private Condition(ConditionExpression expression) => _expression = expression;

    /// <summary>The names a condition may use: every scored metric, then <c>score</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. MetricNames.All, Score];

    /// <summary>Outcome conditions' names (no flags: every metric is compared with a number).</summary>
    public static ConditionVocabulary Vocabulary { get; } = new(
        Names, [], "a metric name or 'score'", "a metric name such as capability_gap_weeks, or 'score'", "capability_gap_weeks > 8", ListNames: false);

    /// <summary>The condition as written (trimmed).</summary>
    public string Text => _expression.Text;

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> says what was expected at 1-based <paramref name="column"/>.</summary>
    public static bool TryParse(string text, out Condition? condition, out string error, out int column)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!ConditionExpression.TryParse(text, Vocabulary, out var expression, out error, out column))
        {
            condition = null;
            return false;
        }
        condition = new Condition(expression!);
        return true;
    }

    /// <summary>Parses or throws <see cref="FormatException"/> with the sentence <see cref="TryParse"/> gives.</summary>
    public static Condition Parse(string text) =>
        TryParse(text, out var condition, out var error, out var column)
            ? condition!
            : throw new FormatException($"column {column}: {error}");

    /// <summary>Whether the condition holds for a run with this score and these metrics.</summary>
    public bool IsMet(double score, RunMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return _expression.IsMet(name => name == Score ? score : metrics.Get(name));
    }

    /// <summary>Whether the condition holds when each name has the value <paramref name="value"/> gives it.</summary>
    public bool IsMet(Func<string, double> value) => _expression.IsMet(value);

    /// <inheritdoc/>
    public override string ToString() => Text;
}
