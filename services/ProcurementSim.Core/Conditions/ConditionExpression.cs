using System.Globalization;

namespace ProcurementSim.Core.Conditions;

/// <summary>
/// A parsed condition over named numbers: comparisons of a name with a number (either order), flags standing alone
/// (when the vocabulary has them), joined by <c>and</c>, <c>or</c>, <c>not</c> and parentheses. Outcome conditions
/// (<c>--fail</c>, satisficing) and strategy triggers share this grammar with different vocabularies.
/// </summary>
public sealed class ConditionExpression
{
    private readonly ConditionNode _root;

    private ConditionExpression(string text, ConditionNode root, ConditionVocabulary vocabulary)
    {
        Text = text;
        _root = root;
        Vocabulary = vocabulary;
    }

    /// <summary>The condition as written (trimmed), or as rewritten by <see cref="WithThreshold"/>.</summary>
    public string Text { get; }

    /// <summary>The names it may use.</summary>
    public ConditionVocabulary Vocabulary { get; }

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> says what was expected at 1-based <paramref name="column"/>.</summary>
    public static bool TryParse(string text, ConditionVocabulary vocabulary, out ConditionExpression? expression, out string error, out int column)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var parser = new ConditionParser(text, vocabulary);
        var root = parser.Parse();
        if (root is null)
        {
            (expression, error, column) = (null, parser.Error, parser.ErrorColumn);
            return false;
        }
        (expression, error, column) = (new ConditionExpression(text.Trim(), root, vocabulary), "", 0);
        return true;
    }

    /// <summary>Whether the condition holds when each name has the value <paramref name="value"/> gives it.</summary>
    public bool IsMet(Func<string, double> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return _root.Evaluate(value);
    }

    /// <summary>The numbers <paramref name="name"/> is compared with, in the order written.</summary>
    public IReadOnlyList<double> Thresholds(string name)
    {
        var found = new List<double>();
        _root.Visit(n => { if (n is Comparison c && c.Name == name) found.Add(c.Number); });
        return found;
    }

    /// <summary>
    /// A copy in which every comparison of <paramref name="name"/> uses <paramref name="number"/>; the text is rewritten
    /// in canonical form (single spaces, numbers in round-trip form, parentheses only where precedence needs them).
    /// </summary>
    public ConditionExpression WithThreshold(string name, double number)
    {
        var root = _root.Replace(name, number);
        return new ConditionExpression(root.Render(0), root, Vocabulary);
    }

    /// <summary>The number as conditions write it (invariant, round-trip).</summary>
    internal static string Format(double number) => number.ToString("R", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public override string ToString() => Text;
}
