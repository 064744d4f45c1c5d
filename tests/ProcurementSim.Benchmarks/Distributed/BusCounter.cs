using System.Collections.Concurrent;
using MassTransit;
using ProcurementSim.Contracts;

namespace ProcurementSim.Benchmarks.Distributed;

/// <summary>Counts the messages the services' buses publish and consume, by message type; connected to every service's bus.</summary>
internal sealed class BusCounter : IPublishObserver, IConsumeObserver
{
    private readonly ConcurrentDictionary<string, long> _published = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _consumed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string RunId, int Tick), bool> _eventTicks = new();

    /// <summary>Messages published per type since the last <see cref="Reset"/>.</summary>
    public IReadOnlyDictionary<string, long> Published => new Dictionary<string, long>(_published, StringComparer.Ordinal);

    /// <summary>Messages consumed (by any consumer of any service) per type since the last <see cref="Reset"/>.</summary>
    public IReadOnlyDictionary<string, long> Consumed => new Dictionary<string, long>(_consumed, StringComparer.Ordinal);

    /// <summary>Distinct (run, tick) with at least one domain event published: the ticks whose event barrier waits for the bus.</summary>
    public int TicksWithEvents => _eventTicks.Count;

    public void Reset()
    {
        _published.Clear();
        _consumed.Clear();
        _eventTicks.Clear();
    }

    public void Connect(IBus bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.ConnectPublishObserver(this);
        bus.ConnectConsumeObserver(this);
    }

    public Task PrePublish<T>(PublishContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostPublish<T>(PublishContext<T> context)
        where T : class
    {
        _published.AddOrUpdate(typeof(T).Name, 1, (_, n) => n + 1);
        if (context.Message is IRunEvent e)
        {
            _eventTicks.TryAdd((e.RunId, e.Event.Tick), true);
        }
        else if (context.Message is RunEventBatch batch)
        {
            foreach (var entry in batch.Ticks) _eventTicks.TryAdd((entry.RunId, entry.Tick), true);
        }

        return Task.CompletedTask;
    }

    public Task PublishFault<T>(PublishContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        _consumed.AddOrUpdate(typeof(T).Name, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
