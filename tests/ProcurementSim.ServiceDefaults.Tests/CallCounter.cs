using System.Collections.Concurrent;

namespace ProcurementSim.ServiceDefaults.Tests;

/// <summary>Counts the calls the probe service received, per request key.</summary>
public sealed class CallCounter
{
    private readonly ConcurrentDictionary<string, int> calls = new();

    public int Next(string key) => calls.AddOrUpdate(key, 1, (_, n) => n + 1);

    public int Of(string key) => calls.GetValueOrDefault(key);
}
