using StartupTerritoire.WorkshopEngine.Formats;

namespace StartupTerritoire.WorkshopEngine.Groups;

/// <summary>
/// The blocks of a group's canvas, as data: the nine blocks of the business model canvas in their canonical order
/// (left to right, top to bottom of the printed page), then the project's social and environmental impact on the
/// territory. The "Atelier canvas" meeting writes into the same ids as columns.
/// </summary>
public static class CanvasBlocks
{
    /// <summary>The impact block, outside the nine.</summary>
    public const string Impact = "impact";

    /// <summary>Every block id with its name.</summary>
    public static IReadOnlyList<(string Id, LocalizedText Name)> All { get; } =
    [
        ("partenaires", new("Partenaires clés", "Key partners")),
        ("activites", new("Activités clés", "Key activities")),
        ("ressources", new("Ressources clés", "Key resources")),
        ("proposition", new("Proposition de valeur", "Value proposition")),
        ("relations", new("Relations", "Customer relationships")),
        ("canaux", new("Canaux", "Channels")),
        ("segments", new("Segments", "Customer segments")),
        ("couts", new("Structure de coûts", "Cost structure")),
        ("revenus", new("Sources de revenus", "Revenue streams")),
        (Impact, new("Impact social et environnemental sur le territoire", "Social and environmental impact on the territory")),
    ];

    /// <summary>Whether an id names a block.</summary>
    public static bool Contains(string? id) => All.Any(b => b.Id == id);

    /// <summary>The name of a block in a language.</summary>
    public static string NameOf(string id, string language) =>
        All.First(b => b.Id == id).Name.In(language);
}
