using Grpc.Core;

namespace ProcurementSim.ServiceDefaults.Streams;

/// <summary>
/// A call whose messages carry a wave of entries each (AdvanceTickWaves, DeliverWaves): the writer's whole queue goes
/// out as one message, and one message brings every answer the service had ready, so framing, flushing and a
/// message's fixed costs are paid once a wave rather than once an entry.
/// </summary>
/// <param name="call">The open call.</param>
/// <param name="wrap">Makes the wave message of some entries (it must copy them: the list is reused).</param>
/// <param name="unwrap">The answers a wave message carries.</param>
public sealed class WaveStreamCall<TRequest, TResponse, TWaveRequest, TWaveResponse>(
    AsyncDuplexStreamingCall<TWaveRequest, TWaveResponse> call,
    Func<IReadOnlyList<TRequest>, TWaveRequest> wrap,
    Func<TWaveResponse, IReadOnlyList<TResponse>> unwrap) : IStreamCall<TRequest, TResponse>
{
    /// <inheritdoc />
    public bool InWaves => true;

    /// <inheritdoc />
    public Task WriteAsync(IReadOnlyList<TRequest> entries, CancellationToken cancellationToken) =>
        call.RequestStream.WriteAsync(wrap(entries), cancellationToken);

    /// <inheritdoc />
    public async Task<bool> ReadAsync(List<TResponse> answers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (!await call.ResponseStream.MoveNext(cancellationToken).ConfigureAwait(false)) return false;
        answers.AddRange(unwrap(call.ResponseStream.Current));
        return true;
    }

    public void Dispose() => call.Dispose();
}
