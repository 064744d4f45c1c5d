using MassTransit;

namespace ProcurementSim.IntegrationTests.Bus;

/// <summary>
/// The idempotent-consumer pattern: the broker delivers at least once (a redelivery after a lost ack, or a publisher
/// retrying after a lost confirm, repeats a message with the same MessageId), so the consumer keys its effect by
/// MessageId and applies each id once.
/// </summary>
public sealed class IdempotentDepositConsumer(Ledger ledger, MessageProbe<Guid> deliveries) : IConsumer<Deposit>
{
    public Task Consume(ConsumeContext<Deposit> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException("A Deposit arrived without a MessageId; it cannot be deduplicated.");
        ledger.Apply(messageId, context.Message);
        deliveries.Add(messageId);
        return Task.CompletedTask;
    }
}
