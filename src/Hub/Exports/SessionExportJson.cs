using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Export;

namespace StartupTerritoire.Server.Exports;

/// <summary>
/// The JSON form of a record (docs/export-schema.json), and of a group's dossier: camelCase, indented, UTF-8, nulls
/// written out, unknown members refused.
/// </summary>
internal static class SessionExportJson
{
    public static readonly JsonSerializerOptions Options = CreateOptions();

    public static byte[] Write(SessionExport record) => JsonSerializer.SerializeToUtf8Bytes(record, Options);

    /// <summary>Reads a record; anything that is not one is refused with a typed error.</summary>
    public static SessionExport Read(ReadOnlySpan<byte> json) => Read<SessionExport>(json, "a record of a soirée");

    /// <summary>Reads a file written with these options; anything that is not <paramref name="what"/> is refused with a typed error.</summary>
    public static T Read<T>(ReadOnlySpan<byte> json, string what)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options)
                ?? throw new WorkshopException(ErrorCodes.InvalidArgument, "The file is empty.");
        }
        catch (JsonException ex)
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, $"The file is not {what} ({ex.Path ?? "$"}).");
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            // The file is downloaded, never inlined in a page, so accents and quotes can stay readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            RespectRequiredConstructorParameters = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
