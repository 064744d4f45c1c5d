using System.Globalization;
using System.Text;

namespace ProcurementSim.Core.Results;

/// <summary>Builds RFC 4180 text row by row, with "\n" line ends.</summary>
internal sealed class CsvBuilder
{
    private readonly StringBuilder _text = new();
    private bool _rowStarted;

    /// <summary>Appends a text field, quoted when it holds a comma, a quote or a line break.</summary>
    public void Text(string value)
    {
        Separate();
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _text.Append(value);
            return;
        }

        _text.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    /// <summary>Appends a finite number in invariant shortest round-trip form.</summary>
    public void Number(double value, string field)
    {
        Separate();
        _text.Append(InvariantNumber.Format(value, field));
    }

    /// <summary>Appends an integer in invariant form.</summary>
    public void Integer(int value)
    {
        Separate();
        _text.Append(value.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Ends the current row.</summary>
    public void EndRow()
    {
        _text.Append('\n');
        _rowStarted = false;
    }

    /// <inheritdoc />
    public override string ToString() => _text.ToString();

    private void Separate()
    {
        if (_rowStarted)
        {
            _text.Append(',');
        }

        _rowStarted = true;
    }
}
