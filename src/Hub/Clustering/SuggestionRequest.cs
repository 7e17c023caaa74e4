using StartupTerritoire.WorkshopEngine.Clustering;

namespace StartupTerritoire.Server.Clustering;

/// <summary>Suggestions to compute for a workshop; <paramref name="Explicit"/> when staff asked for them.</summary>
internal sealed record SuggestionRequest(string SessionId, string WorkshopId, Granularity Granularity, bool Explicit);
