using StartupTerritoire.WorkshopEngine.Pistes;

namespace StartupTerritoire.Server.Consultations;

/// <summary>
/// A proposal: "defi", "projetLocal" (holder, and contact kept only with consent) or "projetAilleurs" (where, link,
/// why here).
/// </summary>
public sealed record ProposalRequest(
    string? Kind, string? Title, string? Text, string? Theme = null, string? Holder = null, ContactDetails? Contact = null, bool Consent = false,
    string? Where = null, string? Link = null, string? Why = null);

/// <summary>A comment, under a nickname or none.</summary>
public sealed record CommentRequest(string? Text, string? Nickname = null);
