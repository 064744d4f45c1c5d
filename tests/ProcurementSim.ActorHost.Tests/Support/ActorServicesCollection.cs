namespace ProcurementSim.ActorHost.Tests.Support;

/// <summary>Tests that share one set of running actor services (runs are independent by run id).</summary>
[CollectionDefinition(Name)]
public sealed class ActorServicesCollection : ICollectionFixture<ActorServices>
{
    public const string Name = "actor services";
}
