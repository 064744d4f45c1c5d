using System.Collections.Concurrent;

namespace ProcurementSim.ServiceDefaults.Tests;

/// <summary>Counts the calls the probe service received, per request key.</summary>
public sealed class CallCounter
{
    private readonly ConcurrentDictionary<string, int> calls = new();

    public int Next(string key) => calls.AddOrUpdate(key, 1, (_, n) => n + 1);

    private readonly ConcurrentDictionary<ulong, bool> cancelled = new();

    public int Of(string key) => calls.GetValueOrDefault(key);

    /// <summary>Notes that a stream call was withdrawn.</summary>
    public void Cancelled(ulong callId) => cancelled[callId] = true;

    private readonly ConcurrentDictionary<string, long> waves = new();
    private long lastWave;

    /// <summary>Numbers a wave message as it comes (1, 2, ...).</summary>
    public long NextWave() => Interlocked.Increment(ref lastWave);

    /// <summary>Notes that a call of <paramref name="key"/> came in wave message <paramref name="wave"/>.</summary>
    public void CameInWave(string key, long wave) => waves[key] = wave;

    /// <summary>The wave message the last call of <paramref name="key"/> came in, or null when it came alone (Multiplex).</summary>
    public long? WaveOf(string key) => waves.TryGetValue(key, out var wave) ? wave : null;

    /// <summary>Whether a stream call was withdrawn.</summary>
    public bool WasCancelled(ulong callId) => cancelled.ContainsKey(callId);
}
