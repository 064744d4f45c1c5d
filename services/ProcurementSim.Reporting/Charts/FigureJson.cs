using System.Collections;
using System.Globalization;
using System.Text;
using Plotly.NET;

namespace ProcurementSim.Reporting.Charts;

/// <summary>
/// Writes a Plotly.NET chart as the JSON that <see cref="GenericChart.toJson"/> writes, byte for byte, without Json.NET.
/// </summary>
/// <remarks>
/// Json.NET reaches every attribute of Plotly.NET's dynamic objects through the C# runtime binder, which made the
/// serialisation most of a run's time (about 0.1 s a chart). This writer reads the same attributes in the same order
/// (<see cref="DynamicObj.DynamicObj.GetPropertyNames"/>, as Json.NET's dynamic contract does) and formats them as
/// Json.NET does by default: strings escaped as its default escaping, doubles in round-trip form with a decimal point,
/// colours as Plotly.NET's converters write them. A value of a kind the report never uses is refused rather than guessed.
/// </remarks>
internal static class FigureJson
{
    /// <summary>The figure's JSON: <c>{"data":[traces],"layout":{...},"config":{...}}</c>.</summary>
    public static string Of(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var json = new StringBuilder(16 * 1024);
        json.Append("{\"data\":");
        WriteValue(json, GenericChart.getTraces(chart));
        json.Append(",\"layout\":");
        WriteValue(json, GenericChart.getLayout(chart));
        json.Append(",\"config\":");
        WriteValue(json, GenericChart.getConfig(chart));
        json.Append('}');
        return json.ToString();
    }

    private static void WriteValue(StringBuilder json, object? value)
    {
        switch (value)
        {
            case null:
                json.Append("null");
                break;
            case string text:
                WriteString(json, text);
                break;
            case bool flag:
                json.Append(flag ? "true" : "false");
                break;
            case int or long or short or byte or sbyte or ushort or uint or ulong:
                json.Append(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
                break;
            case double number:
                WriteFloat(json, number, double.IsFinite(number), number.ToString("R", CultureInfo.InvariantCulture));
                break;
            case float number:
                WriteFloat(json, number, float.IsFinite(number), number.ToString("R", CultureInfo.InvariantCulture));
                break;
            case decimal number:
                json.Append(WithDecimalPoint(number.ToString(CultureInfo.InvariantCulture)));
                break;
            case Color color:
                // Plotly.NET's ColorConverter: the colour's value as JSON (a string, an ARGB, or a list of them).
                WriteValue(json, color.Value);
                break;
            case ARGB argb:
                // Plotly.NET's ARGBConverter: sprintf "rgba(%i, %i, %i, %0.1f)" with alpha from 0 to 1.
                WriteString(json, string.Create(CultureInfo.InvariantCulture, $"rgba({argb.R}, {argb.G}, {argb.B}, {(argb.A / 255.0).ToString("F1", CultureInfo.InvariantCulture)})"));
                break;
            case DynamicObj.DynamicObj obj:
                WriteObject(json, obj);
                break;
            case IDictionary:
                throw new NotSupportedException("A dictionary in a Plotly figure is not written by FigureJson; set its attributes on a DynamicObj.");
            case IEnumerable items:
                WriteArray(json, items);
                break;
            default:
                throw new NotSupportedException($"A value of type {value.GetType()} in a Plotly figure is not written by FigureJson.");
        }
    }

    private static void WriteObject(StringBuilder json, DynamicObj.DynamicObj obj)
    {
        json.Append('{');
        var first = true;
        foreach (var name in obj.GetPropertyNames(true))
        {
            var found = obj.TryGetPropertyValue(name);
            if (found is null)
            {
                continue;
            }

            if (!first)
            {
                json.Append(',');
            }

            first = false;
            WriteString(json, name);
            json.Append(':');
            WriteValue(json, found.Value);
        }

        json.Append('}');
    }

    private static void WriteArray(StringBuilder json, IEnumerable items)
    {
        json.Append('[');
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                json.Append(',');
            }

            first = false;
            WriteValue(json, item);
        }

        json.Append(']');
    }

    // Json.NET's default FloatFormatHandling.String: NaN and the infinities as strings; finite numbers keep a decimal point.
    private static void WriteFloat(StringBuilder json, IFormattable number, bool finite, string roundTrip)
    {
        if (!finite)
        {
            WriteString(json, number.ToString(null, CultureInfo.InvariantCulture));
            return;
        }

        json.Append(WithDecimalPoint(roundTrip));
    }

    private static string WithDecimalPoint(string text) =>
        text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) || text.Contains('e', StringComparison.Ordinal)
            ? text
            : text + ".0";

    // Json.NET's default escaping: the quote, the backslash, control characters, U+0085, U+2028 and U+2029.
    private static void WriteString(StringBuilder json, string text)
    {
        json.Append('"');
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '"': json.Append("\\\""); break;
                case '\\': json.Append("\\\\"); break;
                case '\n': json.Append("\\n"); break;
                case '\r': json.Append("\\r"); break;
                case '\t': json.Append("\\t"); break;
                case '\f': json.Append("\\f"); break;
                case '\b': json.Append("\\b"); break;
                case < ' ' or '\u0085' or '\u2028' or '\u2029':
                    json.Append("\\u").Append(((int)ch).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    json.Append(ch);
                    break;
            }
        }

        json.Append('"');
    }
}
