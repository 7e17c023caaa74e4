namespace StartupTerritoire.WorkshopEngine.Groups;

/// <summary>
/// A need or an offer a project states (a place, funding, skills, outlets, volunteers, equipment): what the portfolio
/// matches across projects, the seed's "maintien d'un lien entre eux".
/// </summary>
public sealed record Exchange(string Id, ExchangeKind Kind, string Category, string Text, DateTimeOffset ChangedAt);

/// <summary>Whether the project needs it or offers it.</summary>
public enum ExchangeKind
{
    /// <summary>Un besoin.</summary>
    Need,
    /// <summary>Une offre.</summary>
    Offer,
}
