namespace StartupTerritoire.Server.Tests.Infrastructure;

/// <summary>Six notes holding two ideas, carpooling and solar panels, three notes each: what a suggestion should group.</summary>
public static class TwoIdeas
{
    public static IReadOnlyList<string> Carpooling { get; } = ["n-car-1", "n-car-2", "n-car-3"];

    public static IReadOnlyList<string> Solar { get; } = ["n-sun-1", "n-sun-2", "n-sun-3"];

    public static IReadOnlyList<(string Id, string Text)> Notes { get; } =
    [
        ("n-car-1", "Organiser du covoiturage entre voisins pour aller au travail"),
        ("n-sun-1", "Installer des panneaux solaires sur le toit de l'école"),
        ("n-car-2", "Une appli de covoiturage entre voisins du village"),
        ("n-sun-2", "Des panneaux solaires sur les toits de la mairie"),
        ("n-car-3", "Covoiturage organisé entre voisins vers la gare"),
        ("n-sun-3", "Une coopérative de panneaux solaires sur les toits"),
    ];
}
