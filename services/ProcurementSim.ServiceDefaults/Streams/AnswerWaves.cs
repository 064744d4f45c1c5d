using System.Threading.Channels;

namespace ProcurementSim.ServiceDefaults.Streams;

/// <summary>
/// The service's side of a stream's answers: answers added from any thread go out through one writer (a stream takes
/// one write at a time), and every answer added while the previous write was under way goes out in the next write
/// (one message on a wave stream). Nothing waits when the stream is idle: an answer alone is written at once.
/// </summary>
/// <param name="write">Writes some answers (one wave message, or one message each); the list is reused once it completes.</param>
public sealed class AnswerWaves<TAnswer>(Func<IReadOnlyList<TAnswer>, Task> write)
{
    // Bounds a wave message (gRPC's default limit is 4 MB): the rest goes in the next one.
    private const int MaxAnswersPerWave = 256;

    private readonly Channel<TAnswer> _answers = Channel.CreateUnbounded<TAnswer>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues an answer; false once <see cref="Complete"/> was called.</summary>
    public bool Add(TAnswer answer) => _answers.Writer.TryWrite(answer);

    /// <summary>No more answers: <see cref="WriteAllAsync"/> ends once the queued ones are written.</summary>
    public void Complete() => _answers.Writer.TryComplete();

    /// <summary>Writes the answers as they come until <see cref="Complete"/> (or <paramref name="streamEnded"/>).</summary>
    public async Task WriteAllAsync(CancellationToken streamEnded)
    {
        var reader = _answers.Reader;
        var wave = new List<TAnswer>();
        while (await reader.WaitToReadAsync(streamEnded).ConfigureAwait(false))
        {
            while (wave.Count < MaxAnswersPerWave && reader.TryRead(out var answer)) wave.Add(answer);
            await write(wave).ConfigureAwait(false);
            wave.Clear();
        }
    }
}
