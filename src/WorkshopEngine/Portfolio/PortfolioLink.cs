namespace StartupTerritoire.WorkshopEngine.Portfolio;

/// <summary>
/// A need of one project that an offer of another may answer: same category, ranked by the meaningful words they
/// share, with a short why for the coordinator ("Même catégorie : Lieu ; mots en commun : atelier, local").
/// </summary>
public sealed record PortfolioLink(string NeedProjectId, string NeedId, string OfferProjectId, string OfferId, string Category, string Why, int SharedWords);
