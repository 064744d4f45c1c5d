namespace ProcurementSim.ArchitectureTests;

/// <summary>
/// procsim's folders are layers: the commands on top choose how to play (in this process or on an orchestrator);
/// Remote plays on an orchestrator behind the interfaces that Experiments and Running define; those two load
/// scenarios through Scenarios; Optimization (the lever search) plays in this process through Experiments' files; everything prints through Output.
/// </summary>
public sealed class CliLayerTests
{
    /// <summary>Every folder of the CLI, lowest first; Experiments and Running sit side by side (neither uses the other).</summary>
    private static readonly string[] BottomUp = ["Output", "Scenarios", "Running", "Experiments", "Optimization", "Remote", "Commands"];

    private static readonly FolderGraph Procsim = FolderGraph.Of(typeof(Cli.CliApp).Assembly, typeof(Cli.CliApp).Namespace);

    [Fact]
    public void A_folder_of_procsim_uses_only_the_folders_below_it()
    {
        var upward = Procsim.Edges
            .SelectMany(from => from.Value.Where(to => Array.IndexOf(BottomUp, to.Key) >= Array.IndexOf(BottomUp, from.Key))
                .Select(to => $"{from.Key} -> {to.Key}: {to.Value}"))
            .ToList();

        Assert.True(upward.Count == 0, "These uses go up the layers " + string.Join(", ", BottomUp) + ":\n" + string.Join("\n", upward));
    }

    [Fact]
    public void Every_folder_of_procsim_is_a_listed_layer()
    {
        var folders = Procsim.Edges.Keys.Concat(Procsim.Edges.Values.SelectMany(e => e.Keys)).Distinct().Order();

        Assert.Equal(BottomUp.Order(), folders);
    }
}
