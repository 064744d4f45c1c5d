using Grpc.Core;

namespace ProcurementSim.IntegrationTests.Support;

/// <summary>Answers (from <see cref="AnswersOneByOne{TWave, TEntry}"/>, as an interceptor passed them on) written to the real wave stream as waves of one.</summary>
public sealed class AnswersAsWavesOfOne<TEntry, TWave>(IServerStreamWriter<TWave> waves, Func<TEntry, TWave> wrap) : IServerStreamWriter<TEntry>
{
    public WriteOptions? WriteOptions
    {
        get => waves.WriteOptions;
        set => waves.WriteOptions = value;
    }

    public Task WriteAsync(TEntry message) => waves.WriteAsync(wrap(message));
}
