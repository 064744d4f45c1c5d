namespace ProcurementSim.Seminar.Tests;

/// <summary>A test class's own temporary folder with the game store's path in it, removed afterwards.</summary>
public abstract class TempStore(string prefix) : IDisposable
{
    protected string Folder { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    protected string Store => Path.Combine(Folder, "seminar.db");

    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
