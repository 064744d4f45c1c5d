using System.Text.Encodings.Web;
using System.Text.Json;

namespace ProcurementSim.Core.Results;

/// <summary>
/// How procsim's JSON files are written (a run's <c>result.json</c>, an experiment's <c>compare.json</c> and
/// <c>sweep.json</c>): indented, <c>\n</c> line ends and a final <c>\n</c>, every key written explicitly in the
/// caller's order, numbers in invariant shortest round-trip form, no timestamps. The embedded and distributed modes
/// must give the same bytes, so these files use no reflection-based serialiser.
/// </summary>
public static class CanonicalJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // Data files, never embedded in HTML: keep names, details and conditions readable (no \uXXXX for é, < or >).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The UTF-8 bytes of one JSON object whose members <paramref name="members"/> writes, and a final newline.</summary>
    public static byte[] ToBytes(Action<Utf8JsonWriter> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            members(w);
            w.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>A number that results always hold finite (Utf8JsonWriter writes the shortest string that round-trips, culture-free).</summary>
    /// <exception cref="InvalidOperationException">The number is NaN or infinite: a bug in the engine.</exception>
    public static void WriteFinite(Utf8JsonWriter w, string key, double value)
    {
        ArgumentNullException.ThrowIfNull(w);
        InvariantNumber.EnsureFinite(value, key);
        w.WriteNumber(key, value);
    }

    /// <summary>A number, or <c>null</c> when it is NaN or infinite (a statistic undefined for too few runs, an unbounded range).</summary>
    public static void WriteNumberOrNull(Utf8JsonWriter w, string key, double value)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (double.IsFinite(value)) w.WriteNumber(key, value);
        else w.WriteNull(key);
    }

    /// <summary>An array of numbers, each <c>null</c> when it is NaN or infinite.</summary>
    public static void WriteNumbersOrNull(Utf8JsonWriter w, string key, IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(values);
        w.WriteStartArray(key);
        foreach (var v in values)
        {
            if (double.IsFinite(v)) w.WriteNumberValue(v);
            else w.WriteNullValue();
        }

        w.WriteEndArray();
    }

    /// <summary>An array of strings.</summary>
    public static void WriteStrings(Utf8JsonWriter w, string key, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(values);
        w.WriteStartArray(key);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    /// <summary>An array of objects, each written by <paramref name="members"/> between its braces.</summary>
    public static void WriteObjects<T>(Utf8JsonWriter w, string key, IEnumerable<T> items, Action<Utf8JsonWriter, T> members)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(members);
        w.WriteStartArray(key);
        foreach (var item in items)
        {
            w.WriteStartObject();
            members(w, item);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
