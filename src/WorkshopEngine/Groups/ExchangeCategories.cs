using StartupTerritoire.WorkshopEngine.Formats;

namespace StartupTerritoire.WorkshopEngine.Groups;

/// <summary>The categories of needs and offers; a need matches an offer of the same category only.</summary>
public static class ExchangeCategories
{
    /// <summary>Every category key with its name.</summary>
    public static IReadOnlyList<(string Key, LocalizedText Name)> All { get; } =
    [
        ("lieu", new("Lieu", "Place")),
        ("financement", new("Financement", "Funding")),
        ("competences", new("Compétences", "Skills")),
        ("debouches", new("Débouchés", "Outlets")),
        ("benevoles", new("Bénévoles", "Volunteers")),
        ("materiel", new("Matériel", "Equipment")),
        ("autre", new("Autre", "Other")),
    ];

    /// <summary>Whether a key names a category.</summary>
    public static bool Contains(string? key) => All.Any(c => c.Key == key);

    /// <summary>The name of a category in a language (the key itself when unknown).</summary>
    public static string NameOf(string key, string language) =>
        All.FirstOrDefault(c => c.Key == key) is { Name: { } name } ? name.In(language) : key;
}
