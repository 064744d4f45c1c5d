using System.Text;

namespace ProcurementSim.Core.Randomness;

/// <summary>Hashes that never change between processes or runtimes (unlike <c>string.GetHashCode</c>).</summary>
public static class StableHash
{
    /// <summary>FNV-1a 64 of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static ulong Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Keys are hashed on the hot path (a misuse draw per vendor and week): encode on the stack, not the heap.
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        Span<byte> bytes = max <= 512 ? stackalloc byte[max] : new byte[max];
        var length = Encoding.UTF8.GetBytes(text, bytes);
        ulong h = 14695981039346656037UL;
        foreach (var b in bytes[..length])
        {
            h ^= b;
            h *= 1099511628211UL;
        }
        return h;
    }

    /// <summary>The SplitMix64 finaliser: a bijective, well-mixing step.</summary>
    public static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
