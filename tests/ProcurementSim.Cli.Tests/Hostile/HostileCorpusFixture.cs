using ProcurementSim.Cli.Tests.Support;
using ProcurementSim.Testing.Files;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Cli.Tests.Hostile;

/// <summary>The generated corpus written once into a temp directory (the 20 MB file included), deleted after the tests.</summary>
public sealed class HostileCorpusFixture : IDisposable
{
    public HostileCorpusFixture()
    {
        var generated = HostileCorpus.Generate(File.ReadAllText(ReferenceScenarios.TeachingMinimalPath));
        Files = [.. generated.Select(f =>
        {
            var path = Directory.File(f.Category + "--" + f.Name);
            File.WriteAllBytes(path, f.Content);
            return (f, path);
        })];
    }

    internal TempDirectory Directory { get; } = new();

    internal IReadOnlyList<(HostileFile File, string Path)> Files { get; }

    public void Dispose() => Directory.Dispose();
}
