using System.Globalization;

namespace ProcurementSim.Orchestrator.Grpc;

/// <summary>
/// A page of ListRuns: runs are listed newest first (by creation order), and a page token is the creation order of the
/// last run of the previous page ("o" and the number), so the next page starts below it whatever was added since.
/// </summary>
internal readonly record struct RunPage(int Size, long Before)
{
    /// <summary>The largest page_size accepted.</summary>
    public const int MaxSize = 1_000;

    /// <summary>The page the request asks for.</summary>
    /// <exception cref="global::Grpc.Core.RpcException">INVALID_ARGUMENT: a page size out of range or a token that is not one.</exception>
    public static RunPage Read(int size, string token)
    {
        if (size is < 0 or > MaxSize)
        {
            throw RpcErrors.InvalidArgument($"page_size is {size}; give 1 to 1,000, or 0 for every run in one page.",
                [("page_size", $"expected 0 to {MaxSize}")]);
        }

        var before = long.MaxValue;
        if (!string.IsNullOrEmpty(token)
            && !(token.StartsWith('o') && long.TryParse(token.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out before)))
        {
            throw RpcErrors.InvalidArgument($"page_token '{RpcErrors.Shorten(token, 40)}' is not a token ListRuns gave; pass next_page_token as it came, or nothing for the first page.",
                [("page_token", "expected the next_page_token of the previous page")]);
        }

        return new RunPage(size == 0 ? int.MaxValue - 1 : size, before);
    }

    /// <summary>The token of the page after the run created <paramref name="order"/>-th.</summary>
    public static string Token(long order) => "o" + order.ToString(CultureInfo.InvariantCulture);
}
