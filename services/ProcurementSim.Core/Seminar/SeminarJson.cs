using System.Text.Json;
using System.Text.Json.Serialization;
using ProcurementSim.Core.Seminar.Events;

namespace ProcurementSim.Core.Seminar;

/// <summary>
/// The JSON form of game events and moves, for the event store: camelCase fields, snake_case enum values and type
/// tags (<c>"type": "move_made"</c>, <c>"move": "agency_orders"</c>, <c>"order": "set_share"</c>). These names are
/// a stored format: change them only with a migration.
/// </summary>
public static class SeminarJson
{
    /// <summary>The serializer options (shared, read-only).</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var o = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            RespectNullableAnnotations = true,
        };
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        o.MakeReadOnly(populateMissingResolver: true);
        return o;
    }

    /// <summary>A value as JSON (declared type <typeparamref name="T"/>, so a base type writes its type tag).</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>An event log as JSON.</summary>
    public static string SerializeEvents(IReadOnlyList<GameEvent> events) => JsonSerializer.Serialize(events, Options);

    /// <summary>An event log from JSON; throws <see cref="JsonException"/> on malformed input.</summary>
    public static IReadOnlyList<GameEvent> DeserializeEvents(string json) =>
        JsonSerializer.Deserialize<List<GameEvent>>(json, Options) ?? throw new JsonException("the event log is null");

    /// <summary>One value from JSON; throws <see cref="JsonException"/> on malformed input.</summary>
    public static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException("the value is null");
}
