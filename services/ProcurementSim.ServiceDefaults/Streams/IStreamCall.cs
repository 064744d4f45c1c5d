namespace ProcurementSim.ServiceDefaults.Streams;

/// <summary>
/// One open bidirectional call as a <see cref="MultiplexedStream{TRequest, TResponse}"/> uses it: entries (requests)
/// go out in groups and answers come back in groups, whether the method carries one entry a message
/// (<see cref="EntryStreamCall{TRequest, TResponse}"/>) or a whole wave a message (<see cref="WaveStreamCall{TRequest, TResponse, TWaveRequest, TWaveResponse}"/>).
/// </summary>
public interface IStreamCall<TRequest, TResponse> : IDisposable
{
    /// <summary>True when a message carries a wave of entries (the method's batched form).</summary>
    bool InWaves { get; }

    /// <summary>Writes <paramref name="entries"/> (one message for a wave call, one message each otherwise); the list may be reused once this completes.</summary>
    Task WriteAsync(IReadOnlyList<TRequest> entries, CancellationToken cancellationToken);

    /// <summary>Reads the next message and adds its answers to <paramref name="answers"/>; false when the stream has ended.</summary>
    Task<bool> ReadAsync(List<TResponse> answers, CancellationToken cancellationToken);
}
