using System.Text;
using System.Text.Json;
using ProcurementSim.Core.Events;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Orchestrator.Domain;

namespace ProcurementSim.Orchestrator.Store;

/// <summary>
/// The text columns of the run log as written since schema version 1: an event's payload and a run's overrides as
/// JSON, a run's state as a lowercase word. Changing a form here changes what old stores read as: it takes a new
/// schema version.
/// </summary>
internal static class StoredColumns
{
    public static string WritePayload(SimEvent e)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("actor", e.Actor);
            json.WriteString("subject", e.Subject);
            json.WriteString("detail", e.Detail);
            json.WriteBoolean("key", e.Key);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static SimEvent ReadPayload(int tick, string kind, string payload)
    {
        using var json = JsonDocument.Parse(payload);
        var root = json.RootElement;
        return new SimEvent(tick, kind, root.GetProperty("actor").GetString() ?? "", root.GetProperty("subject").GetString() ?? "",
            root.GetProperty("detail").GetString() ?? "", root.GetProperty("key").GetBoolean());
    }

    public static string WriteOverrides(IReadOnlyList<InputValue> overrides)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var o in overrides)
            {
                json.WriteStartObject();
                json.WriteString("name", o.Name);
                json.WriteNumber("value", o.Value);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static List<InputValue> ReadOverrides(string text)
    {
        using var json = JsonDocument.Parse(text);
        return [.. json.RootElement.EnumerateArray().Select(o => new InputValue(o.GetProperty("name").GetString() ?? "", o.GetProperty("value").GetDouble()))];
    }

    public static string StateName(RunState state) => state switch
    {
        RunState.Pending => "pending",
        RunState.Running => "running",
        RunState.Completed => "completed",
        RunState.Failed => "failed",
        RunState.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "not a run state the store keeps"),
    };

    public static RunState ParseState(string name) => name switch
    {
        "pending" => RunState.Pending,
        "running" => RunState.Running,
        "completed" => RunState.Completed,
        "failed" => RunState.Failed,
        "cancelled" => RunState.Cancelled,
        _ => throw new InvalidOperationException($"The run store holds a run in state '{name}', which this version does not know."),
    };
}
