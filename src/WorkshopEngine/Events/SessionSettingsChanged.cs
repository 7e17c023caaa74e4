namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>The animator changed the title, the language or the anonymity of the soirée.</summary>
public sealed record SessionSettingsChanged(string Title, string Language, bool Anonymous) : SessionEvent;
