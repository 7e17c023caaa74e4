using StartupTerritoire.WorkshopEngine.Rounds;

namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A pending round's name, instructions, duration, rules or auto-advance changed.</summary>
public sealed record RoundUpdated(string WorkshopId, string RoundId, string Name, string Instructions, TimeSpan Duration, RoundRules Rules, bool AutoAdvance) : SessionEvent;
