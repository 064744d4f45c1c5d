using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace ProcurementSim.Seminar.Security;

/// <summary>Seat and facilitator tokens: 256 random bits, base64url; only their SHA-256 hashes are kept.</summary>
public static class SeatTokens
{
    /// <summary>The facilitator's role name (seat ids are the agency and the vendors' names).</summary>
    public const string Facilitator = "facilitator";

    /// <summary>A new token.</summary>
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>The stored form of a token: SHA-256, lowercase hex.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token ?? "")));

    /// <summary>Whether <paramref name="token"/> hashes to <paramref name="hash"/> (constant time).</summary>
    public static bool Matches(string? token, string? hash) =>
        token is { Length: > 0 } && hash is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(token)), Encoding.ASCII.GetBytes(hash));
}
