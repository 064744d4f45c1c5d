using Grpc.Core;

namespace ProcurementSim.IntegrationTests.Support;

/// <summary>Entries (from <see cref="EntriesOfWaves{TWave, TEntry}"/>, as an interceptor passed them on) handed to the service as waves of one entry each.</summary>
public sealed class WavesOfOne<TEntry, TWave>(IAsyncStreamReader<TEntry> entries, Func<TEntry, TWave> wrap) : IAsyncStreamReader<TWave>
{
    public TWave Current { get; private set; } = default!;

    public async Task<bool> MoveNext(CancellationToken cancellationToken)
    {
        if (!await entries.MoveNext(cancellationToken)) return false;
        Current = wrap(entries.Current);
        return true;
    }
}
