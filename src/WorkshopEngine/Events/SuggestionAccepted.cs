using StartupTerritoire.WorkshopEngine.Clustering;

namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>The animator accepted suggested groups: each group's notes join the named (new or existing) cluster.</summary>
public sealed record SuggestionAccepted(string WorkshopId, IReadOnlyList<AcceptedGroup> Groups) : SessionEvent;
