using System.Text;
using ProcurementSim.Cli.Output;
using ProcurementSim.Cli.Tests.Support;
using ProcurementSim.Testing.Files;

namespace ProcurementSim.Cli.Tests.Output;

public sealed class OutputFilesTests
{
    [Fact]
    public void The_default_directory_is_results_scenario_strategy_seed_relative_to_the_current_directory()
    {
        var dir = OutputFiles.DefaultDirectory("usage-policy-standoff", "structured_replacement", 20260227);

        Assert.Equal(Path.Combine("results", "usage-policy-standoff", "structured_replacement-seed20260227"), dir);
        Assert.False(Path.IsPathRooted(dir));
    }

    [Fact]
    public void Writing_creates_the_directory_and_replaces_old_files_whole()
    {
        using var temp = new TempDirectory();
        var dir = Path.Combine(temp.Path, "a", "b");
        OutputFiles.WriteAll(dir, [("result.json", Encoding.UTF8.GetBytes("an old and much longer content"))]);

        var written = OutputFiles.WriteAll(dir, [("result.json", Encoding.UTF8.GetBytes("new"))]);

        Assert.Equal([Path.Combine(dir, "result.json")], written);
        Assert.Equal("new", File.ReadAllText(Path.Combine(dir, "result.json")));
    }

    [Fact]
    public void Writing_leaves_other_files_alone_and_no_temporary_file_behind()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("notes.txt"), "mine");

        OutputFiles.WriteAll(temp.Path, [("result.json", [1, 2, 3]), ("timeline.csv", [4])]);

        Assert.Equal("mine", File.ReadAllText(temp.File("notes.txt")));
        Assert.Equal(["notes.txt", "result.json", "timeline.csv"], Directory.GetFiles(temp.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_target_that_cannot_be_replaced_is_a_user_error_that_leaves_no_temporary_file()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.File("result.json"));

        var e = Assert.Throws<UserInputException>(() => OutputFiles.WriteAll(temp.Path, [("result.json", [1])]));

        Assert.StartsWith($"procsim: cannot write '{temp.File("result.json")}'", e.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(temp.Path));
    }
}
