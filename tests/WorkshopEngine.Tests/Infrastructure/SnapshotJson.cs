using System.Text.Json;
using System.Text.Json.Serialization;
using StartupTerritoire.WorkshopEngine.Sessions;

namespace StartupTerritoire.WorkshopEngine.Tests.Infrastructure;

/// <summary>Snapshots as JSON: a state to compare as one string, and a deep copy that shares nothing.</summary>
internal static class SnapshotJson
{
    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(SessionSnapshot snapshot) => JsonSerializer.Serialize(snapshot, s_options);

    public static SessionSnapshot RoundTrip(SessionSnapshot snapshot) =>
        JsonSerializer.Deserialize<SessionSnapshot>(Serialize(snapshot), s_options)
            ?? throw new InvalidOperationException("The snapshot did not deserialize.");
}
