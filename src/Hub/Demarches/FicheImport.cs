using System.Text.Json;
using StartupTerritoire.WorkshopEngine;

namespace StartupTerritoire.Server.Demarches;

/// <summary>
/// What a démarche takes from another territory's fiche projet (docs/schemas/fiche-projet.schema.json): the project's
/// name, territory, theme, description (or promise) and success factors, for an essaimage's sheet. Everything else
/// (needs, offers, milestones, contact) stays with the project it describes. The texts are then checked and bounded
/// by the consultation like any proposal; the success factors are cut to the sheet's 20 of 160 characters.
/// </summary>
internal sealed record FicheImport(string? Name, string? Text, string? Theme, string? Territory, string? Link, string? Why, IReadOnlyList<string> SuccessFactors)
{
    private const int MaxFactors = 20;

    /// <summary>Reads a fiche projet from its JSON bytes; anything else is refused as input.</summary>
    public static FicheImport Read(ReadOnlyMemory<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Read(document.RootElement);
        }
        catch (JsonException)
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "A fiche projet is a JSON document.");
        }
    }

    public static FicheImport Read(JsonElement fiche)
    {
        if (fiche.ValueKind != JsonValueKind.Object)
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "A fiche projet is a JSON object.");
        }

        if (fiche.TryGetProperty("schemaVersion", out var version) && (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number != 1))
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "This fiche projet's schemaVersion is not 1.");
        }

        var description = Field(fiche, "description");
        var promise = Field(fiche, "promise");
        var factors = new List<string>();
        if (fiche.TryGetProperty("successFactors", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in list.EnumerateArray())
            {
                // A factor is a text, or an object naming its text (a canvas entry with its block).
                var text = item.ValueKind == JsonValueKind.String ? item.GetString() : item.ValueKind == JsonValueKind.Object ? Field(item, "text") : null;
                text = text?.Trim();
                if (!string.IsNullOrEmpty(text) && factors.Count < MaxFactors)
                {
                    factors.Add(text.Length > Input.MaxTitleLength ? text[..Input.MaxTitleLength].TrimEnd() : text);
                }
            }
        }

        return new FicheImport(
            Field(fiche, "name"),
            string.IsNullOrWhiteSpace(description) ? promise : description,
            Field(fiche, "theme"),
            Field(fiche, "territory"),
            null,
            string.IsNullOrWhiteSpace(description) ? null : promise,
            factors);
    }

    private static string? Field(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
