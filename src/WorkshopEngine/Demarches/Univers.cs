namespace StartupTerritoire.WorkshopEngine.Demarches;

/// <summary>The six univers a territory mobilises "à 360°" (PRODUCT.md), by key, with their French labels.</summary>
public static class Univers
{
    /// <summary>Every key, in the order the 360° view shows them.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["associations", "entreprises", "collectivites", "citoyens", "emploiFormation", "financeurs"];

    /// <summary>French labels by key.</summary>
    public static IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["associations"] = "Associations",
        ["entreprises"] = "Entreprises",
        ["collectivites"] = "Collectivités et élus",
        ["citoyens"] = "Citoyens",
        ["emploiFormation"] = "Emploi et formation",
        ["financeurs"] = "Financeurs",
    };

    /// <summary>Whether a key is one of the six.</summary>
    public static bool IsKey(string? key) => key is not null && Labels.ContainsKey(key);
}
