using System.Globalization;
using System.Text;
using Xunit.Sdk;

namespace ProcurementSim.IntegrationTests.Support;

/// <summary>Byte-for-byte file comparison whose failure shows where the files part (line and both texts), not two byte arrays.</summary>
public static class SameBytes
{
    public static void Assert(byte[] expected, byte[] actual, string what)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        if (expected.AsSpan().SequenceEqual(actual))
        {
            return;
        }

        var at = expected.AsSpan().CommonPrefixLength(actual);
        var line = 1 + expected.AsSpan(0, at).Count((byte)'\n');
        throw new XunitException(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {actual.Length} bytes differ from the expected {expected.Length} at byte {at} (line {line}).{Environment.NewLine}" +
            $"expected: {LineAt(expected, at)}{Environment.NewLine}actual:   {LineAt(actual, at)}"));
    }

    private static string LineAt(byte[] bytes, int at)
    {
        if (at >= bytes.Length)
        {
            return "(end of file)";
        }

        var start = Array.LastIndexOf(bytes, (byte)'\n', Math.Max(0, at - 1)) + 1;
        var end = Array.IndexOf(bytes, (byte)'\n', at);
        var text = Encoding.UTF8.GetString(bytes, start, (end < 0 ? bytes.Length : end) - start);
        return text.Length > 240 ? text[..240] + "…" : text;
    }
}
