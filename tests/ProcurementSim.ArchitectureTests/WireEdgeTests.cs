using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace ProcurementSim.ArchitectureTests;

/// <summary>
/// Wire types stop at the edge: in the orchestrator only the gRPC layer (its service, its client of the actor
/// services) and the mapping folder touch the Protocol project's generated messages and their mappings; the run
/// store, the run state and the tick loop speak domain types.
/// </summary>
public sealed class WireEdgeTests
{
    private const string EdgeNamespaces = @"^ProcurementSim\.Orchestrator\.(Grpc|Mapping)(\..*)?$";

    private static readonly System.Reflection.Assembly OrchestratorAssembly = typeof(Orchestrator.Grpc.OrchestratorGrpcService).Assembly;

    // The Protocol assembly is loaded too, so that its types are there to be depended on.
    private static readonly Architecture Orchestrator =
        new ArchLoader().LoadAssemblies(OrchestratorAssembly, typeof(Protocol.V1.Orchestrator).Assembly).Build();

    [Fact]
    public void Only_the_grpc_and_mapping_folders_of_the_orchestrator_use_the_wire_types()
    {
        Types().That().ResideInAssembly(OrchestratorAssembly).And().DoNotResideInNamespaceMatching(EdgeNamespaces)
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(@"^ProcurementSim\.Protocol(\..*)?$").As("the Protocol project's types"))
            .Because("wire types are mapped at the gRPC service (docs/ARCHITECTURE.md, CONVENTIONS.md: wire types stop at the edge)")
            .Check(Orchestrator);
    }

    [Fact]
    public void The_rule_sees_the_wire_types_the_edge_uses()
    {
        // Guards the rule above against passing for want of anything to look at.
        Assert.Contains(
            Orchestrator.Types.Where(t => t.Namespace.FullName == "ProcurementSim.Orchestrator.Grpc").SelectMany(t => t.Dependencies),
            d => d.Target.Namespace.FullName == "ProcurementSim.Protocol.V1");
    }
}
