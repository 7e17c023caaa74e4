namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A soirée was created, in draft, with its join code and its animator.</summary>
public sealed record SessionCreated(string SessionId, string Title, string Language, string JoinCode, bool Anonymous, string AnimatorId) : SessionEvent;
