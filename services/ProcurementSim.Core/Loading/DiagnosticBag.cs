namespace ProcurementSim.Core.Loading;

/// <summary>
/// Collects the problems of one file; the loader keeps going after each so the user sees them all at once, up to
/// <see cref="MaxKept"/> of them, each at most <see cref="MaxMessageLength"/> characters (a pasted megabyte of bad
/// lines must not answer with megabytes of messages); the rest are counted and reported in one last line.
/// </summary>
internal sealed class DiagnosticBag(string file)
{
    /// <summary>Most problems kept for one file.</summary>
    internal const int MaxKept = 100;

    /// <summary>Longest message kept (longer ones end with an ellipsis).</summary>
    internal const int MaxMessageLength = 500;

    private readonly List<Diagnostic> _items = [];
    private int _dropped;
    private (int Line, int Column) _firstDropped;

    public int Count => _items.Count + _dropped;

    public void Add(long line, long column, string message)
    {
        if (_items.Count >= MaxKept)
        {
            if (_dropped == 0) _firstDropped = (Clamp(line), Clamp(column));
            _dropped++;
            return;
        }
        _items.Add(new Diagnostic(file, Clamp(line), Clamp(column), message.Length > MaxMessageLength ? message[..(MaxMessageLength - 1)] + "…" : message));
    }

    public void Add(YamlNode at, string message) => Add(at.Line, at.Column, message);

    /// <summary>Sorted by position; ties keep the order they were found in. Exact repeats (a shared alias read twice) appear once.</summary>
    public IReadOnlyList<Diagnostic> Sorted() => _dropped == 0
        ? [.. _items.Distinct().OrderBy(d => d.Line).ThenBy(d => d.Column)]
        : [.. _items.Distinct().OrderBy(d => d.Line).ThenBy(d => d.Column),
            new Diagnostic(file, _firstDropped.Line, _firstDropped.Column, $"scenario: {_dropped} more problems from here on are not shown (only the first {MaxKept} found are listed); fix these and load again")];

    private static int Clamp(long v) => (int)Math.Clamp(v, 1, int.MaxValue);
}
