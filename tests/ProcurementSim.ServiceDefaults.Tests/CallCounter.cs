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

    /// <summary>Whether a stream call was withdrawn.</summary>
    public bool WasCancelled(ulong callId) => cancelled.ContainsKey(callId);
}
