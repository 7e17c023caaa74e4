namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>Joining was locked or opened again.</summary>
public sealed record JoiningChanged(bool Locked) : SessionEvent;
