using Grpc.Core;

namespace ProcurementSim.IntegrationTests.Support;

/// <summary>
/// A wave stream's request side read entry by entry (a tick or a delivery at a time, in the order the waves carry
/// them), so that an interceptor written for the one-entry-a-message stream (AdvanceTicks, Deliver) works on its wave
/// form (AdvanceTickWaves, DeliverWaves) too; <see cref="WavesOfOne{TEntry, TWave}"/> hands the entries back to the service.
/// </summary>
public sealed class EntriesOfWaves<TWave, TEntry>(IAsyncStreamReader<TWave> waves, Func<TWave, IReadOnlyList<TEntry>> entries) : IAsyncStreamReader<TEntry>
{
    private IReadOnlyList<TEntry> _wave = [];
    private int _next;

    public TEntry Current { get; private set; } = default!;

    public async Task<bool> MoveNext(CancellationToken cancellationToken)
    {
        while (_next >= _wave.Count)
        {
            if (!await waves.MoveNext(cancellationToken)) return false;
            _wave = entries(waves.Current);
            _next = 0;
        }

        Current = _wave[_next++];
        return true;
    }
}
