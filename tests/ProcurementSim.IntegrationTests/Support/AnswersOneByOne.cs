using Grpc.Core;

namespace ProcurementSim.IntegrationTests.Support;

/// <summary>
/// A wave stream's answer side written answer by answer through <paramref name="answers"/> (an interceptor's writer for
/// the one-answer-a-message stream), which ends in <see cref="AnswersAsWavesOfOne{TEntry, TWave}"/> on the real stream.
/// </summary>
public sealed class AnswersOneByOne<TWave, TEntry>(IServerStreamWriter<TEntry> answers, Func<TWave, IReadOnlyList<TEntry>> entries) : IServerStreamWriter<TWave>
{
    public WriteOptions? WriteOptions
    {
        get => answers.WriteOptions;
        set => answers.WriteOptions = value;
    }

    public async Task WriteAsync(TWave message)
    {
        foreach (var answer in entries(message)) await answers.WriteAsync(answer);
    }
}
