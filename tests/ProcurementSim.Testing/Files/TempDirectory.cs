namespace ProcurementSim.Testing.Files;

/// <summary>A fresh directory under the system temp directory, deleted with everything in it on dispose.</summary>
/// <param name="prefix">The start of the directory's name (what the test it belongs to is, for someone who finds one left behind).</param>
public sealed class TempDirectory(string prefix = "procsim-tests-") : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Path))
            {
                Directory.Delete(Path, recursive: true);
            }
        }
        catch (IOException)
        {
            // A temp directory left behind is harmless.
        }
    }
}
