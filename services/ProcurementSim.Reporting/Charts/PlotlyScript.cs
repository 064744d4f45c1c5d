using System.Text;

namespace ProcurementSim.Reporting.Charts;

/// <summary>The plotly.js bundle that Plotly.NET ships as a resource of its assembly (it inlines the same for <c>PlotlyJSReference.Full</c>).</summary>
/// <remarks>
/// The page inlines the resource's UTF-8 bytes as they are: decoding 3.5 MB to a string and encoding it again was a
/// tenth of a run's time. The bytes are checked once to be UTF-8 that cannot close the script element early.
/// </remarks>
internal static class PlotlyScript
{
    private static readonly Lazy<byte[]> Utf8Bytes = new(Load);
    private static readonly Lazy<string> Text = new(() => Encoding.UTF8.GetString(Utf8Bytes.Value));

    /// <summary>The minified plotly.js source as UTF-8 bytes, without a byte order mark (what the page inlines).</summary>
    public static byte[] Bytes => Utf8Bytes.Value;

    /// <summary>The minified plotly.js source.</summary>
    public static string Source => Text.Value;

    private static byte[] Load()
    {
        var assembly = typeof(Plotly.NET.GenericChart).Assembly;
        var name = $"Plotly.NET.plotly-{Globals.PLOTLYJS_VERSION}.min.js";
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Plotly.NET no longer ships '{name}'; the report cannot inline plotly.js.");
        using var copy = new MemoryStream(checked((int)stream.Length));
        stream.CopyTo(copy);
        var bytes = copy.ToArray();
        if (bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            throw new InvalidOperationException($"'{name}' is not UTF-8 and cannot be inlined as is.");
        }

        // Inlined in a <script> element, the bundle must not close it early.
        if (ContainsIgnoringAsciiCase(bytes, "</script"u8))
        {
            throw new InvalidOperationException($"'{name}' contains '</script' and cannot be inlined as is.");
        }

        return bytes;
    }

    private static bool ContainsIgnoringAsciiCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lowerCaseAscii)
    {
        for (var start = text.IndexOf(lowerCaseAscii[0]); start >= 0 && start <= text.Length - lowerCaseAscii.Length; start = NextStart(text, start + 1, lowerCaseAscii[0]))
        {
            if (Ascii.EqualsIgnoreCase(text.Slice(start, lowerCaseAscii.Length), lowerCaseAscii))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextStart(ReadOnlySpan<byte> text, int from, byte first)
    {
        var next = text[from..].IndexOf(first);
        return next < 0 ? -1 : from + next;
    }
}
