using Grpc.Core;

namespace ProcurementSim.ServiceDefaults.Streams;

/// <summary>A call whose messages carry one entry each (AdvanceTicks, Deliver): the form every service serves.</summary>
public sealed class EntryStreamCall<TRequest, TResponse>(AsyncDuplexStreamingCall<TRequest, TResponse> call) : IStreamCall<TRequest, TResponse>
{
    /// <inheritdoc />
    public bool InWaves => false;

    /// <inheritdoc />
    public async Task WriteAsync(IReadOnlyList<TRequest> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        for (var i = 0; i < entries.Count; i++)
        {
            await call.RequestStream.WriteAsync(entries[i], cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task<bool> ReadAsync(List<TResponse> answers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (!await call.ResponseStream.MoveNext(cancellationToken).ConfigureAwait(false)) return false;
        answers.Add(call.ResponseStream.Current);
        return true;
    }

    public void Dispose() => call.Dispose();
}
