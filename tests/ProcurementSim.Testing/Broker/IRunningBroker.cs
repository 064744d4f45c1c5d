namespace ProcurementSim.Testing.Broker;

/// <summary>A broker the fixture started and must stop.</summary>
public interface IRunningBroker : IAsyncDisposable
{
    /// <summary>amqp://user:password@host:port/ of the broker.</summary>
    string AmqpUrl { get; }
}
