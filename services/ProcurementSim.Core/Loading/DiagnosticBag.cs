namespace ProcurementSim.Core.Loading;

/// <summary>Collects the problems of one file; the loader keeps going after each so the user sees them all at once.</summary>
internal sealed class DiagnosticBag(string file)
{
    private readonly List<Diagnostic> _items = [];

    public int Count => _items.Count;

    public void Add(long line, long column, string message) =>
        _items.Add(new Diagnostic(file, Clamp(line), Clamp(column), message));

    public void Add(YamlNode at, string message) => Add(at.Line, at.Column, message);

    /// <summary>Sorted by position; ties keep the order they were found in. Exact repeats (a shared alias read twice) appear once.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. _items.Distinct().OrderBy(d => d.Line).ThenBy(d => d.Column)];

    private static int Clamp(long v) => (int)Math.Clamp(v, 1, int.MaxValue);
}
