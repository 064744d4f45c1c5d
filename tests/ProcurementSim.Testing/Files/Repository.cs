namespace ProcurementSim.Testing.Files;

/// <summary>The repository the tests were built from: the first folder above the test assembly that holds ProcurementSim.sln.</summary>
public static class Repository
{
    private static readonly Lazy<string> RootFolder = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ProcurementSim.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds ProcurementSim.sln: run the tests from the repository (tests/run.sh).");
    });

    /// <summary>The repository's root folder.</summary>
    public static string Root => RootFolder.Value;

    /// <summary>A path inside the repository, from its root: <c>Repository.Path("docs", "examples", "check_compare.py")</c>.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);
}
