using ProcurementSim.Core.Conditions;

namespace ProcurementSim.Core.Strategies;

/// <summary>
/// A strategy parameter that makes a step wait on signposts, such as <c>incidents &gt;= 1 or week &gt;= 30</c> or
/// <c>accredited and readiness &gt;= 0.8</c>; <c>always</c> waits on nothing. Equal when the texts are equal.
/// </summary>
public sealed class Trigger : IEquatable<Trigger>
{
    /// <summary>The trigger that never waits.</summary>
    public const string AlwaysText = "always";

    private readonly ConditionExpression? _condition;

    private Trigger(ConditionExpression? condition) => _condition = condition;

    /// <summary>Never waits.</summary>
    public static Trigger Always { get; } = new(null);

    /// <summary>The condition as written, or <c>always</c>.</summary>
    public string Text => _condition?.Text ?? AlwaysText;

    /// <summary>Whether it waits on nothing.</summary>
    public bool IsAlways => _condition is null;

    /// <summary>Parses <c>always</c> or a condition over <see cref="SignpostCatalog"/>'s names; on failure says what was expected at 1-based <paramref name="column"/>.</summary>
    public static bool TryParse(string text, out Trigger? trigger, out string error, out int column)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.Equals(text.Trim(), AlwaysText, StringComparison.OrdinalIgnoreCase))
        {
            (trigger, error, column) = (Always, "", 0);
            return true;
        }
        if (!ConditionExpression.TryParse(text, SignpostCatalog.Vocabulary, out var condition, out error, out column))
        {
            trigger = null;
            return false;
        }
        trigger = new Trigger(condition);
        return true;
    }

    /// <summary>Parses or throws <see cref="FormatException"/> with the sentence <see cref="TryParse"/> gives.</summary>
    public static Trigger Parse(string text) =>
        TryParse(text, out var trigger, out var error, out var column) ? trigger! : throw new FormatException($"column {column}: {error}");

    /// <summary>Whether the trigger holds when each signpost has the value <paramref name="signpost"/> gives it.</summary>
    public bool IsMet(Func<string, double> signpost) => _condition is null || _condition.IsMet(signpost);

    /// <summary>The numbers the signpost is compared with, in the order written.</summary>
    public IReadOnlyList<double> Thresholds(string signpost) => _condition?.Thresholds(signpost) ?? [];

    /// <summary>A copy in which the signpost's comparisons use <paramref name="number"/> (a lever on the threshold).</summary>
    public Trigger WithThreshold(string signpost, double number) => _condition is null ? this : new Trigger(_condition.WithThreshold(signpost, number));

    /// <inheritdoc/>
    public bool Equals(Trigger? other) => other is not null && other.Text == Text;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Trigger);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    /// <inheritdoc/>
    public override string ToString() => Text;
}
