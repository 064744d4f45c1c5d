using MassTransit;

namespace ProcurementSim.ActorHost.Tests.Support;

/// <summary>
/// A publish endpoint that records what <c>Publish(object)</c> gets and holds each publish until the test lets it go
/// (<see cref="Release"/>), or fails it (<see cref="Fail"/>). The other overloads are not used by the event publisher.
/// </summary>
public sealed class GatedPublishEndpoint : IPublishEndpoint
{
    private readonly Lock _gate = new();
    private readonly List<(object Message, TaskCompletionSource Done)> _published = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The messages published so far, in order.</summary>
    public IReadOnlyList<object> Published
    {
        get
        {
            lock (_gate) return [.. _published.Select(p => p.Message)];
        }
    }

    /// <summary>Waits until <paramref name="count"/> messages have been published (each still held).</summary>
    public async Task WaitForAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_published.Count >= count) return;
                changed = _changed.Task;
            }
            await changed.WaitAsync(timeout.Token);
        }
    }

    /// <summary>Lets the <paramref name="index"/>-th publish complete.</summary>
    public void Release(int index)
    {
        lock (_gate) _published[index].Done.TrySetResult();
    }

    /// <summary>Fails the <paramref name="index"/>-th publish.</summary>
    public void Fail(int index, Exception why)
    {
        lock (_gate) _published[index].Done.TrySetException(why);
    }

    public Task Publish(object message, CancellationToken cancellationToken = default)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        TaskCompletionSource changed;
        lock (_gate)
        {
            _published.Add((message, done));
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
        return done.Task;
    }

    public ConnectHandle ConnectPublishObserver(IPublishObserver observer) => throw new NotSupportedException();

    public Task Publish<T>(T message, CancellationToken cancellationToken = default) where T : class => throw new NotSupportedException();

    public Task Publish<T>(T message, IPipe<PublishContext<T>> publishPipe, CancellationToken cancellationToken = default) where T : class =>
        throw new NotSupportedException();

    public Task Publish<T>(T message, IPipe<PublishContext> publishPipe, CancellationToken cancellationToken = default) where T : class =>
        throw new NotSupportedException();

    public Task Publish(object message, IPipe<PublishContext> publishPipe, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task Publish(object message, Type messageType, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task Publish(object message, Type messageType, IPipe<PublishContext> publishPipe, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task Publish<T>(object values, CancellationToken cancellationToken = default) where T : class => throw new NotSupportedException();

    public Task Publish<T>(object values, IPipe<PublishContext<T>> publishPipe, CancellationToken cancellationToken = default) where T : class =>
        throw new NotSupportedException();

    public Task Publish<T>(object values, IPipe<PublishContext> publishPipe, CancellationToken cancellationToken = default) where T : class =>
        throw new NotSupportedException();
}
