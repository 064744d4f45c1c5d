using System.Globalization;
using ProcurementSim.Core.Text;

namespace ProcurementSim.Core.Conditions;

/// <summary>
/// Recursive descent over: or := and ('or' and)*; and := unary ('and' unary)*; unary := 'not' unary | '(' or ')' |
/// comparison | flag; comparison := name op number | number op name; op := &lt; &lt;= &gt; &gt;= == !=; flag := a
/// name of the vocabulary's flags with no operator after it.
/// </summary>
internal sealed class ConditionParser(string text, ConditionVocabulary vocabulary)
{
    private const int MaxLength = 1000;
    private const int MaxDepth = 32;
    private int _pos;
    private int _depth;

    public string Error { get; private set; } = "";

    public int ErrorColumn { get; private set; }

    public ConditionNode? Parse()
    {
        if (text.Length > MaxLength) return Fail(1, $"a condition of at most {MaxLength} characters");
        if (text.Trim().Length == 0) return Fail(1, $"a condition such as '{vocabulary.Sample}'; the text is empty");
        var node = ParseOr();
        if (node is null) return null;
        SkipSpace();
        return _pos < text.Length ? Fail(_pos + 1, $"'and', 'or' or the end of the condition; found '{Rest()}'") : node;
    }

    private ConditionNode? ParseOr()
    {
        var left = ParseAnd();
        while (left is not null && Keyword("or")) left = ParseAnd() is { } right ? new Or(left, right) : null;
        return left;
    }

    private ConditionNode? ParseAnd()
    {
        var left = ParseUnary();
        while (left is not null && Keyword("and")) left = ParseUnary() is { } right ? new And(left, right) : null;
        return left;
    }

    private ConditionNode? ParseUnary()
    {
        if (++_depth > MaxDepth) return Fail(_pos + 1, $"at most {MaxDepth} levels of 'not' and parentheses");
        try
        {
            if (Keyword("not")) return ParseUnary() is { } inner ? new Not(inner) : null;
            SkipSpace();
            if (_pos < text.Length && text[_pos] == '(')
            {
                _pos++;
                var inner = ParseOr();
                if (inner is null) return null;
                SkipSpace();
                if (_pos >= text.Length || text[_pos] != ')') return Fail(_pos + 1, "a closing ')'");
                _pos++;
                return inner;
            }
            return ParseComparison();
        }
        finally
        {
            _depth--;
        }
    }

    private ConditionNode? ParseComparison()
    {
        SkipSpace();
        if (TryNumber(out var number))
        {
            var op = Operator();
            if (op is null) return Fail(_pos + 1, "a comparison operator (<, <=, >, >=, ==, !=)");
            return Name() is { } name2 ? new Comparison(name2, op, number, NumberFirst: true) : null;
        }
        var name = Name();
        if (name is null) return null;
        var op2 = Operator();
        if (op2 is null && vocabulary.Flags.Contains(name)) return new Flag(name);
        if (op2 is null) return Fail(_pos + 1, $"a comparison operator (<, <=, >, >=, ==, !=) after '{name}'");
        SkipSpace();
        return TryNumber(out var value) ? new Comparison(name, op2, value, NumberFirst: false) : Fail(_pos + 1, $"a number after '{name} {op2}'");
    }

    private string? Name()
    {
        SkipSpace();
        var start = _pos;
        while (_pos < text.Length && (char.IsAsciiLetterOrDigit(text[_pos]) || text[_pos] == '_')) _pos++;
        if (_pos == start) return Fail<string>(start + 1, vocabulary.Example);
        var name = text[start.._pos];
        if (vocabulary.Names.Contains(name)) return name;
        var hint = DidYouMean.Closest(name, vocabulary.Names) is { } s ? $" (did you mean '{s}'?)" : "";
        if (vocabulary.ListNames) hint += $"; the known names are {string.Join(", ", vocabulary.Names)}";
        return Fail<string>(start + 1, $"{vocabulary.Noun}; '{name}' is not one{hint}");
    }

    private string? Operator()
    {
        SkipSpace();
        foreach (var op in (string[])["<=", ">=", "==", "!=", "<", ">"])
        {
            if (string.CompareOrdinal(text, _pos, op, 0, op.Length) == 0)
            {
                _pos += op.Length;
                return op;
            }
        }
        return null;
    }

    private bool TryNumber(out double value)
    {
        SkipSpace();
        var start = _pos;
        var end = _pos;
        if (end < text.Length && (text[end] == '-' || text[end] == '+')) end++;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] is '.' or 'e' or 'E' ||
               (text[end] is '-' or '+' && end > start && text[end - 1] is 'e' or 'E'))) end++;
        if (end > start && double.TryParse(text.AsSpan(start, end - start), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value))
        {
            _pos = end;
            return true;
        }
        value = 0;
        return false;
    }

    private bool Keyword(string word)
    {
        SkipSpace();
        if (_pos + word.Length > text.Length || string.Compare(text, _pos, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) != 0) return false;
        var after = _pos + word.Length;
        if (after < text.Length && (char.IsAsciiLetterOrDigit(text[after]) || text[after] == '_')) return false;
        _pos = after;
        return true;
    }

    private void SkipSpace()
    {
        while (_pos < text.Length && char.IsWhiteSpace(text[_pos])) _pos++;
    }

    private string Rest() => text[_pos..].Trim() is var r && r.Length > 20 ? r[..20] + "…" : text[_pos..].Trim();

    private ConditionNode? Fail(int column, string message) => Fail<ConditionNode>(column, message);

    private T? Fail<T>(int column, string message) where T : class
    {
        if (Error.Length == 0) (Error, ErrorColumn) = (message, column);
        return null;
    }
}
