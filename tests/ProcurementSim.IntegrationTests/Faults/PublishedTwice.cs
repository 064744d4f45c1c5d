using MassTransit;
using ProcurementSim.Contracts;

namespace ProcurementSim.IntegrationTests.Faults;

/// <summary>
/// An actor service's publish endpoint that publishes every event twice on the real bus, as a publisher that did not
/// get its confirm and published again would: the orchestrator must store each event once. Counts the extra copies.
/// Only <c>Publish(object, CancellationToken)</c> — what the actor services' EventPublisher calls — is doubled; the
/// events a message carries (actors' events of a tick, of one or several runs) are counted.
/// </summary>
public sealed class PublishedTwice(IPublishEndpoint inner, DuplicateCounts counts) : IPublishEndpoint
{
    public async Task Publish(object message, CancellationToken cancellationToken = default)
    {
        await inner.Publish(message, cancellationToken);
        await inner.Publish(message, cancellationToken);
        for (var i = message is RunEventBatch batch ? batch.Ticks.Sum(t => t.Events.Count) : 1; i > 0; i--)
        {
            counts.AddEvent();
        }
    }

    public ConnectHandle ConnectPublishObserver(IPublishObserver observer) => inner.ConnectPublishObserver(observer);

    public Task Publish<T>(T message, CancellationToken cancellationToken = default) where T : class => inner.Publish(message, cancellationToken);

    public Task Publish<T>(T message, IPipe<PublishContext<T>> publishPipe, CancellationToken cancellationToken = default) where T : class =>
        inner.Publish(message, publishPipe, cancellationToken);

    public Task Publish<T>(T message, IPipe<PublishContext> publishPipe, CancellationToken cancellationToken = default) where T : class =>
        inner.Publish(message, publishPipe, cancellationToken);

    public Task Publish(object message, IPipe<PublishContext> publishPipe, CancellationToken cancellationToken = default) =>
        inner.Publish(message, publishPipe, cancellationToken);

    public Task Publish(object message, Type messageType, CancellationToken cancellationToken = default) =>
        inner.Publish(message, messageType, cancellationToken);

    public Task Publish(object message, Type messageType, IPipe<PublishContext> publishPipe, CancellationToken cancellationToken = default) =>
        inner.Publish(message, messageType, publishPipe, cancellationToken);

    public Task Publish<T>(object values, CancellationToken cancellationToken = default) where T : class => inner.Publish<T>(values, cancellationToken);

    public Task Publish<T>(object values, IPipe<PublishContext<T>> publishPipe, CancellationToken cancellationToken = default) where T : class =>
        inner.Publish(values, publishPipe, cancellationToken);

    public Task Publish<T>(object values, IPipe<PublishContext> publishPipe, CancellationToken cancellationToken = default) where T : class =>
        inner.Publish<T>(values, publishPipe, cancellationToken);
}
