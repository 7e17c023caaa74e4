using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using StartupTerritoire.Server.Realtime;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Groups;
using StartupTerritoire.WorkshopEngine.Portfolio;

namespace StartupTerritoire.Server.Portfolio;

/// <summary>
/// A fiche projet, the sheet a launched project hands to another territory (docs/schemas/fiche-projet.schema.json,
/// <see cref="CurrentSchemaVersion"/>): what it promises, where it stands, what made it work, what it needs and
/// offers, its road to launch. Another démarche reads one with <see cref="Parse(ReadOnlyMemory{byte})"/> (its one
/// reader: <c>POST /api/demarches/{id}/fiches</c> takes it in as a project from elsewhere, <see cref="ToProposal"/>)
/// and makes it an essaimage workshop's project sheet with <see cref="ToWorkshopSpec"/>. Every text is plain text: it
/// is kept as typed and escaped wherever it is shown.
/// </summary>
public sealed record FicheProjet
{
    /// <summary>The schema version this server writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The schema's id.</summary>
    public const string SchemaId = "https://startup-territoire.example/schemas/fiche-projet/1";

    /// <summary>The largest fiche read, in bytes: its texts, needs, offers and milestones fit well within.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The most success factors, as an essaimage sheet holds.</summary>
    public const int MaxSuccessFactors = 20;

    /// <summary>The most milestones read.</summary>
    public const int MaxMilestones = 100;

    /// <summary>The schema this fiche follows.</summary>
    [JsonPropertyName("$schema")]
    public string Schema { get; init; } = SchemaId;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
    public required string Name { get; init; }
    public string Promise { get; init; } = string.Empty;
    public string Territory { get; init; } = string.Empty;
    /// <summary>A seed theme's key or free text.</summary>
    public string? Theme { get; init; }
    public string? ThemeLabel { get; init; }
    /// <summary>The portfolio stage: piste, groupe, modeleEconomique, lancement, enActivite, arrete.</summary>
    public required PortfolioStage Stage { get; init; }
    public string? StopReason { get; init; }
    public string Description { get; init; } = string.Empty;
    public IReadOnlyList<FicheFactor> SuccessFactors { get; init; } = [];
    public IReadOnlyList<FicheExchange> Needs { get; init; } = [];
    public IReadOnlyList<FicheExchange> Offers { get; init; } = [];
    public IReadOnlyList<FicheMilestone> Milestones { get; init; } = [];
    /// <summary>A contact the project chose to give; never in a public fiche.</summary>
    public FicheContact? Contact { get; init; }
    public required FicheSource Source { get; init; }
    public string Language { get; init; } = "fr";

    /// <summary>Reads a fiche projet from its JSON bytes; a body that is not JSON is refused as input.</summary>
    public static FicheProjet Parse(ReadOnlyMemory<byte> json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "A fiche projet is a JSON document.");
        }

        using (document)
        {
            return Parse(document.RootElement);
        }
    }

    /// <summary>
    /// Reads a fiche projet. Anything that is not one (another schema version, a missing name, an unknown stage or
    /// category, a text or a list too long) is refused with <see cref="ErrorCodes.InvalidArgument"/> naming the field.
    /// Unknown fields are ignored, so a later minor addition still reads.
    /// </summary>
    public static FicheProjet Parse(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw Invalid("$", "must be a JSON object");
        }

        var version = json.TryGetProperty("schemaVersion", out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : 0;
        if (version != CurrentSchemaVersion)
        {
            throw Invalid("schemaVersion", $"must be {CurrentSchemaVersion}");
        }

        var language = Text(json, "language", 2, required: false) is "en" ? "en" : "fr";
        var theme = Checked("theme", () => Themes.Normalize(Text(json, "theme", Themes.MaxFreeTextLength, required: false)));
        var stageText = Text(json, "stage", 40, required: true);
        var stage = Enum.GetValues<PortfolioStage>().Cast<PortfolioStage?>()
            .FirstOrDefault(s => JsonNamingPolicy.CamelCase.ConvertName(s!.Value.ToString()) == stageText)
            ?? throw Invalid("stage", "must be one of piste, groupe, modeleEconomique, lancement, enActivite, arrete");
        var source = Property(json, "source", JsonValueKind.Object, required: false);
        return new FicheProjet
        {
            Name = Checked("name", () => Input.Line(Text(json, "name", Input.MaxTitleLength, required: true), Input.MaxTitleLength, "name")),
            Promise = Checked("promise", () => Input.Optional(Text(json, "promise", WorkingGroup.MaxPromiseLength, false), WorkingGroup.MaxPromiseLength, "promise", allowNewLines: false)),
            Territory = Checked("territory", () => Input.Optional(Text(json, "territory", Input.MaxTitleLength, false), Input.MaxTitleLength, "territory", allowNewLines: false)),
            Theme = theme,
            ThemeLabel = theme is null ? null : Themes.Label(theme, language),
            Stage = stage,
            StopReason = Input.NullIfEmpty(Checked("stopReason", () => Input.Optional(Text(json, "stopReason", WorkingGroup.MaxStopReasonLength, false), WorkingGroup.MaxStopReasonLength, "stopReason"))),
            Description = Checked("description", () => Input.Optional(Text(json, "description", Input.MaxLongTextLength, false), Input.MaxLongTextLength, "description")),
            SuccessFactors = List(json, "successFactors", MaxSuccessFactors, (e, at) => e.ValueKind == JsonValueKind.String
                ? new FicheFactor(null, Line(e.GetString(), Input.MaxTitleLength, at))
                : new FicheFactor(Text(e, "label", Input.MaxTitleLength, false, at) is { Length: > 0 } label ? Line(label, Input.MaxTitleLength, $"{at}.label") : null,
                    Line(Text(e, "text", Input.MaxTitleLength, true, at), Input.MaxTitleLength, $"{at}.text"))),
            Needs = List(json, "needs", WorkingGroup.MaxExchanges, ExchangeAt),
            Offers = List(json, "offers", WorkingGroup.MaxExchanges, ExchangeAt),
            Milestones = List(json, "milestones", MaxMilestones, (e, at) => new FicheMilestone(
                Line(Text(e, "title", Input.MaxTitleLength, true, at), Input.MaxTitleLength, $"{at}.title"),
                Text(e, "due", 10, false, at) is { Length: > 0 } due
                    ? DateOnly.TryParseExact(due, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : throw Invalid($"{at}.due", "must be a date, 2027-03-31")
                    : null,
                Text(e, "status", 20, false, at) is { Length: > 0 } status
                    ? Enum.GetValues<MilestoneStatus>().Cast<MilestoneStatus?>().FirstOrDefault(s => JsonNamingPolicy.CamelCase.ConvertName(s!.Value.ToString()) == status)
                        ?? throw Invalid($"{at}.status", "must be planned, inProgress, reached or dropped")
                    : MilestoneStatus.Planned)),
            Contact = Property(json, "contact", JsonValueKind.Object, required: false) is { } c
                ? new FicheContact(Opt(c, "name", "contact"), Opt(c, "email", "contact"), Opt(c, "phone", "contact"), Opt(c, "url", "contact"))
                : null,
            Source = new FicheSource(
                source is { } s1 ? Opt(s1, "demarche", "source") : null,
                source is { } s2 ? Opt(s2, "territory", "source") : null,
                source is { } s3 ? Opt(s3, "groupId", "source") : null,
                source is { } s4 && Text(s4, "exportedAt", 40, false, "source") is { Length: > 0 } at
                    ? DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.None, out var when) ? when : throw Invalid("source.exportedAt", "must be an instant")
                    : null),
            Language = language,
        };
    }

    /// <summary>
    /// The fiche as an essaimage workshop's project sheet: the project's name, where it comes from, what it is (its
    /// promise, then its description) and its success factors, cut to the sheet's limits.
    /// </summary>
    public WorkshopSpec ToWorkshopSpec()
    {
        var description = string.Join("\n\n", new[] { Promise, Description }.Where(t => t.Length > 0).Distinct(StringComparer.Ordinal));
        return new WorkshopSpec
        {
            Format = "essaimage",
            Title = Cut(Name, Input.MaxTitleLength),
            Name = Cut(Name, Input.MaxTitleLength),
            OriginTerritory = Cut(Territory.Length > 0 ? Territory : Source.Territory ?? string.Empty, Input.MaxTitleLength),
            Description = Cut(description, Input.MaxLongTextLength),
            SuccessFactors = [.. SuccessFactors.Take(MaxSuccessFactors).Select(f => Cut(f.Label is { } l ? $"{l} : {f.Text}" : f.Text, Input.MaxTitleLength))],
        };
    }

    /// <summary>
    /// What a démarche takes from the fiche as a project from elsewhere: title = name, text = description or else
    /// promise, why = promise when there is a description, where = territory, its theme and success factors (their
    /// texts). Everything else (stage, needs, offers, milestones, contact) stays with the project it describes.
    /// </summary>
    public FicheProposal ToProposal() => new(
        Name,
        Description.Length > 0 ? Description : Promise,
        Description.Length > 0 ? Input.NullIfEmpty(Promise) : null,
        Input.NullIfEmpty(Territory),
        Theme,
        [.. SuccessFactors.Take(MaxSuccessFactors).Select(f => f.Text)]);

    private static FicheExchange ExchangeAt(JsonElement e, string at)
    {
        var category = Text(e, "category", 40, true, at);
        return ExchangeCategories.Contains(category)
            ? new FicheExchange(category, Line(Text(e, "text", WorkingGroup.MaxExchangeLength, true, at), WorkingGroup.MaxExchangeLength, $"{at}.text"))
            : throw Invalid($"{at}.category", $"must be one of {string.Join(", ", ExchangeCategories.All.Select(c => c.Key))}");
    }

    private static string? Opt(JsonElement e, string name, string at) =>
        Input.NullIfEmpty(Checked($"{at}.{name}", () => Input.Optional(Text(e, name, Input.MaxTitleLength, false, at), Input.MaxTitleLength, name, allowNewLines: false)));

    private static string Line(string? value, int max, string at) => Checked(at, () => Input.Line(value, max, at));

    private static T Checked<T>(string at, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (WorkshopException ex) when (ex.Code == ErrorCodes.InvalidArgument && !ex.Message.StartsWith("fiche projet", StringComparison.Ordinal))
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, $"fiche projet: {at}: {ex.Message}");
        }
    }

    private static IReadOnlyList<T> List<T>(JsonElement json, string name, int max, Func<JsonElement, string, T> item)
    {
        if (Property(json, name, JsonValueKind.Array, required: false) is not { } array)
        {
            return [];
        }

        if (array.GetArrayLength() > max)
        {
            throw Invalid(name, $"holds at most {max} items");
        }

        return [.. array.EnumerateArray().Select((e, i) => item(e, $"{name}[{i}]"))];
    }

    private static string Text(JsonElement json, string name, int max, bool required, string at = "$")
    {
        var where = at == "$" ? name : $"{at}.{name}";
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(at, "must be an object");
        }

        if (!json.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return required ? throw Invalid(where, "is required") : string.Empty;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Invalid(where, "must be a string");
        return text.Length > max * 2 ? throw Invalid(where, $"must be at most {max} characters") : text;
    }

    private static JsonElement? Property(JsonElement json, string name, JsonValueKind kind, bool required)
    {
        if (!json.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return required ? throw Invalid(name, "is required") : null;
        }

        return value.ValueKind == kind ? value : throw Invalid(name, $"must be {(kind == JsonValueKind.Array ? "an array" : "an object")}");
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";

    private static WorkshopException Invalid(string field, string rule) => new(ErrorCodes.InvalidArgument, $"fiche projet: {field} {rule}.");
}

/// <summary>A fiche as a démarche's proposal of a project from elsewhere (<see cref="FicheProjet.ToProposal"/>).</summary>
public sealed record FicheProposal(string Title, string Text, string? Why, string? Where, string? Theme, IReadOnlyList<string> SuccessFactors);

/// <summary>A success factor: the canvas block it comes from (its name) and what it says.</summary>
public sealed record FicheFactor(string? Label, string Text);

/// <summary>A need or an offer of a fiche.</summary>
public sealed record FicheExchange(string Category, string Text);

/// <summary>A milestone of a fiche.</summary>
public sealed record FicheMilestone(string Title, DateOnly? Due, MilestoneStatus Status);

/// <summary>A contact a project chose to give.</summary>
public sealed record FicheContact(string? Name, string? Email, string? Phone, string? Url);

/// <summary>Where a fiche comes from: the démarche and territory, the group, and when it was made.</summary>
public sealed record FicheSource(string? Demarche, string? Territory, string? GroupId, DateTimeOffset? ExportedAt);
