using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProcurementSim.Testing.Broker;

/// <summary>
/// What a private node needs to be found and stopped again, written to its directory with the pid of the test
/// process that owns it: a test host that was killed cannot stop its node, so the next one does.
/// </summary>
public sealed record LocalNodeRecord(int OwnerPid, string NodeName, int AmqpPort, int DistPort, int EpmdPort)
{
    public const string FileName = "node.json";

    [JsonIgnore]
    public bool OwnerIsGone => !Directory.Exists($"/proc/{OwnerPid}");

    public Task WriteAsync(string directory) =>
        File.WriteAllTextAsync(Path.Combine(directory, FileName), JsonSerializer.Serialize(this));

    public static LocalNodeRecord? TryRead(string directory)
    {
        try
        {
            return JsonSerializer.Deserialize<LocalNodeRecord>(File.ReadAllText(Path.Combine(directory, FileName)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }
}
