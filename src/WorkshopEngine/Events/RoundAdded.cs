using StartupTerritoire.WorkshopEngine.Rounds;

namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A round was added to a workshop's script at an index.</summary>
public sealed record RoundAdded(string WorkshopId, Round Round, int Index) : SessionEvent;
