using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace ProcurementSim.ArchitectureTests;

/// <summary>
/// Wire types stop at the actor host's edge: only its gRPC services and clients (<c>Grpc/</c>) use the generated
/// protocol types; runs, ticks, events and placement speak the Core's types, and the mapping lives in
/// ProcurementSim.Protocol's Mapping/.
/// </summary>
public sealed class ActorHostWireEdgeTests
{
    private const string Wire = "ProcurementSim.Protocol.V1";

    // The protocol assembly is loaded too, so that its types are known to the rule, not left as bare references.
    private static readonly System.Reflection.Assembly ActorHostAssembly = typeof(ActorHost.ActorHostExtensions).Assembly;

    private static readonly Architecture Loaded = new ArchLoader()
        .LoadAssemblies(ActorHostAssembly, typeof(Protocol.V1.Ack).Assembly)
        .Build();

    [Fact]
    public void Only_the_Grpc_folder_of_the_actor_host_uses_the_generated_protocol_types()
    {
        Types().That().ResideInAssembly(ActorHostAssembly)
            .And().DoNotResideInNamespaceMatching(@"^ProcurementSim\.ActorHost(\..+)?\.Grpc$")
            .Should().NotDependOnAnyTypesThat().ResideInNamespace(Wire)
            .Because("wire types stop at the gRPC edge: runs and ticks speak the Core's types")
            .Check(Loaded);
    }

    [Fact]
    public void The_Grpc_folder_does_use_them()
    {
        // Guards the rule above against passing for want of anything to see (a renamed namespace, an unloaded assembly).
        Assert.Contains(Loaded.Types, t => t.Namespace.FullName == "ProcurementSim.ActorHost.Grpc"
            && t.Dependencies.Any(d => d.Target.Namespace.FullName == Wire));
    }
}
