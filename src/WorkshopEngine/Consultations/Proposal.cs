using StartupTerritoire.WorkshopEngine.Pistes;

namespace StartupTerritoire.WorkshopEngine.Consultations;

/// <summary>
/// A proposal of the consultation: a défi for an émergence, a local project seeking acceleration (its holder's
/// contact kept only with consent, for the coordinator), or a project from another territory to spread.
/// <paramref name="Source"/> is "consultation", or "fiche" for one imported from another territory's fiche projet,
/// which brings its success factors for the essaimage sheet.
/// </summary>
public sealed record Proposal(
    string Id,
    string VisitorId,
    string Kind,
    string Title,
    string Text,
    string? Theme,
    string? Holder,
    ContactDetails? Contact,
    string? Where,
    string? Link,
    string? Why,
    string Source,
    IReadOnlyList<string>? SuccessFactors = null);
