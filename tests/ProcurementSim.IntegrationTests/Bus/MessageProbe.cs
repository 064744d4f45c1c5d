using System.Collections.Concurrent;

namespace ProcurementSim.IntegrationTests.Bus;

/// <summary>Collects what a test consumer received and lets the test wait for it.</summary>
public sealed class MessageProbe<T>
{
    private readonly ConcurrentQueue<T> received = new();
    private readonly SemaphoreSlim arrived = new(0);

    public IReadOnlyList<T> Received => [.. received];

    public void Add(T message)
    {
        received.Enqueue(message);
        arrived.Release();
    }

    /// <summary>Waits until <paramref name="count"/> messages have arrived in all; fails the test after <paramref name="timeout"/>.</summary>
    public async Task<IReadOnlyList<T>> WaitForAsync(int count, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        for (var seen = 0; seen < count; seen++)
        {
            try
            {
                await arrived.WaitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Expected {count} {typeof(T).Name} message(s) within {timeout.TotalSeconds} s; got {seen}.");
            }
        }
        return Received;
    }
}
