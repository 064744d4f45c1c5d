namespace ProcurementSim.IntegrationTests.Faults;

/// <summary>How many duplicates a test sent: events published twice, deliveries applied twice and answered as duplicates.</summary>
public sealed class DuplicateCounts
{
    private int _events;
    private int _deliveries;
    private int _acknowledgedAsDuplicates;

    /// <summary>Events published a second time.</summary>
    public int Events => Volatile.Read(ref _events);

    /// <summary>Actor-to-actor deliveries handed to the service a second time.</summary>
    public int Deliveries => Volatile.Read(ref _deliveries);

    /// <summary>Of those, how many the service answered with Ack.duplicate (applied once).</summary>
    public int AcknowledgedAsDuplicates => Volatile.Read(ref _acknowledgedAsDuplicates);

    public void AddEvent() => Interlocked.Increment(ref _events);

    public void AddDelivery(bool acknowledgedAsDuplicate)
    {
        Interlocked.Increment(ref _deliveries);
        if (acknowledgedAsDuplicate)
        {
            Interlocked.Increment(ref _acknowledgedAsDuplicates);
        }
    }
}
