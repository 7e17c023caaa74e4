namespace StartupTerritoire.WorkshopEngine.Pistes;

/// <summary>"Je m'y engage": a participant volunteers for a piste's working group.</summary>
public sealed record SignUp(string PisteId, string ParticipantId, ContactDetails? Contact, DateTimeOffset At);
