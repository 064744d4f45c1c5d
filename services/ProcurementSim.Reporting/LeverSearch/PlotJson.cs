using System.Text;
using System.Text.Json;
using ProcurementSim.Reporting.Charts;

namespace ProcurementSim.Reporting.LeverSearch;

/// <summary>Writes a Plotly figure ({data, layout, config}) as JSON safe inside a script; non-finite numbers become null.</summary>
internal static class PlotJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static ChartFigure Figure(string id, Action<Utf8JsonWriter> data, Action<Utf8JsonWriter> layout)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteStartArray("data");
            data(w);
            w.WriteEndArray();
            w.WriteStartObject("layout");
            layout(w);
            w.WriteEndObject();
            w.WriteStartObject("config");
            w.WriteBoolean("responsive", true);
            w.WriteBoolean("displaylogo", false);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return new ChartFigure(id, ScriptJson.Escape(Encoding.UTF8.GetString(buffer.ToArray())));
    }

    public static void Numbers(Utf8JsonWriter w, string key, IEnumerable<double> values)
    {
        w.WriteStartArray(key);
        foreach (var v in values)
        {
            if (double.IsFinite(v)) w.WriteNumberValue(v);
            else w.WriteNullValue();
        }
        w.WriteEndArray();
    }

    public static void Strings(Utf8JsonWriter w, string key, IEnumerable<string> values)
    {
        w.WriteStartArray(key);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    public static void Axis(Utf8JsonWriter w, string key, string title)
    {
        w.WriteStartObject(key);
        w.WriteStartObject("title");
        w.WriteString("text", title);
        w.WriteEndObject();
        w.WriteBoolean("zeroline", false);
        w.WriteEndObject();
    }
}
