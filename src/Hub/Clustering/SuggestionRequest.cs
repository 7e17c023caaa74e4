using StartupTerritoire.WorkshopEngine.Clustering;

namespace StartupTerritoire.Server.Clustering;

/// <summary>
/// Suggestions to compute for a workshop; <paramref name="Explicit"/> when staff asked for them just now, and
/// <paramref name="WithGroups"/> once they ever asked for new groups (a workshop followed only because the animator
/// started grouping by hand gets its remaining notes sorted, not groups nobody asked for).
/// </summary>
internal sealed record SuggestionRequest(string SessionId, string WorkshopId, Granularity Granularity, bool Explicit, bool WithGroups = true);
