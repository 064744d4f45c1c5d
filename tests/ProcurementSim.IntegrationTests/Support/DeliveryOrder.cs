namespace ProcurementSim.IntegrationTests.Support;

/// <summary>The order <see cref="ReorderedDeliveries"/> hands an inbox's held messages to the service in.</summary>
public enum DeliveryOrder
{
    /// <summary>By sender, then sequence: the order the receiver sorts them into anyway.</summary>
    SenderOrder,

    /// <summary>The other way round: last sender's last message first.</summary>
    Reversed,

    /// <summary>A random permutation (seeded).</summary>
    Shuffled,
}
