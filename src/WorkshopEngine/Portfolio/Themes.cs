using StartupTerritoire.WorkshopEngine.Formats;

namespace StartupTerritoire.WorkshopEngine.Portfolio;

/// <summary>
/// The seed's themes of work, defined once: a project's theme is one of their keys or, for a theme the seed does not
/// name, a short free text of the group's own.
/// </summary>
public static class Themes
{
    /// <summary>The longest free-text theme.</summary>
    public const int MaxFreeTextLength = 60;

    /// <summary>Every seed theme key with its name, in the seed's order ("autre" last).</summary>
    public static IReadOnlyList<(string Key, LocalizedText Name)> All { get; } =
    [
        ("economieCirculaire", new("Économie circulaire", "Circular economy")),
        ("circuitsCourts", new("Circuits courts", "Short supply chains")),
        ("transformationAlimentaire", new("Transformation alimentaire", "Food processing")),
        ("energiesRenouvelables", new("Énergies renouvelables", "Renewable energy")),
        ("relocalisation", new("Relocalisation artisanale et industrielle", "Bringing crafts and industry back")),
        ("creationArtistique", new("Création artistique", "Artistic creation")),
        ("servicesPersonne", new("Services à la personne", "Personal services")),
        ("tourismeDurable", new("Tourisme durable", "Sustainable tourism")),
        ("autre", new("Autre", "Other")),
    ];

    /// <summary>Whether a text is a seed theme's key.</summary>
    public static bool IsKey(string? theme) => All.Any(t => t.Key == theme);

    /// <summary>A theme's label: the seed theme's name, or the free text as typed.</summary>
    public static string Label(string theme, string language) =>
        All.FirstOrDefault(t => t.Key == theme) is { Name: { } name } ? name.In(language) : theme;

    /// <summary>
    /// A theme as kept: null when none is given, a seed key as it is, otherwise a single line of at most
    /// <see cref="MaxFreeTextLength"/> characters (refused beyond).
    /// </summary>
    public static string? Normalize(string? theme, string field = "theme")
    {
        var text = Input.Optional(theme, MaxFreeTextLength, field, allowNewLines: false);
        return text.Length == 0 ? null : text;
    }
}
