namespace ProcurementSim.ArchitectureTests;

/// <summary>
/// In every services/ project the folders are layers: no two folders use each other, directly or through others.
/// A project's root files (Program.cs, the composition) are not a folder and may use every folder.
/// </summary>
public sealed class FolderCycleTests
{
    private static readonly (System.Reflection.Assembly Assembly, string Root)[] Projects =
    [
        Named(typeof(Core.Scenarios.Scenario).Assembly),
        Named(typeof(Analysis.ExperimentAnalysis).Assembly),
        Named(typeof(Reporting.HtmlReport).Assembly),
        Named(typeof(Protocol.V1.Orchestrator).Assembly),
        Named(typeof(Contracts.RunCompleted).Assembly),
        Named(typeof(ServiceDefaults.ServiceDefaultsExtensions).Assembly),
        Named(typeof(Seminar.SeminarApp).Assembly),
        // The assembly is named after the command (procsim); its namespaces are the project's, CliApp's at the root.
        (typeof(Cli.CliApp).Assembly, typeof(Cli.CliApp).Namespace!),
        Named(typeof(ActorHost.ActorHostExtensions).Assembly),
        Named(typeof(Orchestrator.Grpc.OrchestratorGrpcService).Assembly),
    ];

    public static TheoryData<string> ProjectNames() => [.. Projects.Select(p => p.Root)];

    [Theory]
    [MemberData(nameof(ProjectNames))]
    public void The_folders_of_a_project_use_each_other_in_no_circle(string project)
    {
        var (assembly, root) = Projects.Single(p => p.Root == project);
        var graph = FolderGraph.Of(assembly, root);

        var cycles = graph.Cycles();
        Assert.True(cycles.Count == 0, string.Join("\n", cycles.Select(c => $"{project}: {string.Join(" <-> ", c)}\n{graph.Describe(c)}")));
    }

    private static (System.Reflection.Assembly, string) Named(System.Reflection.Assembly assembly) => (assembly, assembly.GetName().Name!);
}
