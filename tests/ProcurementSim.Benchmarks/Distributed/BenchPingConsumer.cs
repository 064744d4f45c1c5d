using MassTransit;

namespace ProcurementSim.Benchmarks.Distributed;

/// <summary>Counts the pings consumed and completes <see cref="AllConsumed"/> at the expected number.</summary>
internal sealed class BenchPingConsumer : IConsumer<BenchPing>
{
    private int _consumed;
    private int _expected = int.MaxValue;
    private TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task AllConsumed => _all.Task;

    /// <summary>Starts a new batch of <paramref name="expected"/> messages.</summary>
    public void Expect(int expected)
    {
        _all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _expected, expected);
        Volatile.Write(ref _consumed, 0);
    }

    public Task Consume(ConsumeContext<BenchPing> context)
    {
        if (Interlocked.Increment(ref _consumed) == Volatile.Read(ref _expected))
        {
            _all.TrySetResult();
        }

        return Task.CompletedTask;
    }
}
