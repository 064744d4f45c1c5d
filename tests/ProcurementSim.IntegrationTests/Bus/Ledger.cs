using System.Collections.Concurrent;

namespace ProcurementSim.IntegrationTests.Bus;

/// <summary>
/// The idempotent consumer's state: the balances and the MessageIds already applied. In a service this would be
/// the per-run state (keyed by run id), with the applied ids kept alongside it and changed in the same step.
/// </summary>
public sealed class Ledger
{
    private readonly ConcurrentDictionary<Guid, bool> applied = new();
    private readonly ConcurrentDictionary<string, int> balances = new();
    private int deliveries;

    public int Deliveries => Volatile.Read(ref deliveries);

    public int BalanceOf(string account) => balances.GetValueOrDefault(account);

    /// <summary>Applies the deposit unless a message with this id was applied before; returns whether it applied.</summary>
    public bool Apply(Guid messageId, Deposit deposit)
    {
        Interlocked.Increment(ref deliveries);
        if (!applied.TryAdd(messageId, true))
        {
            return false;
        }
        balances.AddOrUpdate(deposit.Account, deposit.Amount, (_, balance) => balance + deposit.Amount);
        return true;
    }
}
