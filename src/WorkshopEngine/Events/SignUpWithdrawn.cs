namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A participant withdrew from a piste.</summary>
public sealed record SignUpWithdrawn(string PisteId, string ParticipantId) : SessionEvent;
