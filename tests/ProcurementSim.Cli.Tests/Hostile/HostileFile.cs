namespace ProcurementSim.Cli.Tests.Hostile;

/// <summary>One malformed scenario file of the generated corpus and what procsim must say about it.</summary>
/// <param name="Category">The kind of damage (see <see cref="HostileCorpus"/>).</param>
/// <param name="Name">A file name unique in the corpus.</param>
/// <param name="Content">The file's bytes (not necessarily UTF-8).</param>
/// <param name="Line">The line a reason must name, when the damage is on one line; 1 for a file-level refusal.</param>
/// <param name="Reason">A fragment the reason on that line (or any reason, when <paramref name="Line"/> is null) must contain.</param>
/// <param name="FileLevel">The file is refused before it is parsed: exactly one line at 1:1.</param>
internal sealed record HostileFile(string Category, string Name, byte[] Content, int? Line, string Reason, bool FileLevel = false)
{
    public override string ToString() => $"{Category}/{Name}";
}
