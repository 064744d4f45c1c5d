namespace ProcurementSim.ArchitectureTests;

/// <summary>
/// In every services/ project the folders are layers: no two folders use each other, directly or through others.
/// A project's root files (Program.cs, the composition) are not a folder and may use every folder.
/// </summary>
public sealed class FolderCycleTests
{
    private static readonly System.Reflection.Assembly[] Projects =
    [
        typeof(Core.Scenarios.Scenario).Assembly,
        typeof(Analysis.ExperimentAnalysis).Assembly,
        typeof(Reporting.HtmlReport).Assembly,
        typeof(Protocol.V1.Orchestrator).Assembly,
        typeof(Contracts.RunCompleted).Assembly,
        typeof(ServiceDefaults.ServiceDefaultsExtensions).Assembly,
        typeof(ActorHost.ActorHostExtensions).Assembly,
        typeof(Orchestrator.Grpc.OrchestratorGrpcService).Assembly,
    ];

    public static TheoryData<string> ProjectNames() => [.. Projects.Select(a => a.GetName().Name!)];

    [Theory]
    [MemberData(nameof(ProjectNames))]
    public void The_folders_of_a_project_use_each_other_in_no_circle(string project)
    {
        var graph = FolderGraph.Of(Projects.Single(a => a.GetName().Name == project));

        var cycles = graph.Cycles();
        Assert.True(cycles.Count == 0, string.Join("\n", cycles.Select(c => $"{project}: {string.Join(" <-> ", c)}\n{graph.Describe(c)}")));
    }
}
