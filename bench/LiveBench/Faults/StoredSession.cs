namespace StartupTerritoire.LiveBench.Faults;

/// <summary>The soirée as the store gives it back after a fault run.</summary>
public sealed record StoredSession(IReadOnlyList<(string Id, string Text)> Notes, int Participants);
