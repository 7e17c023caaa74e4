using StartupTerritoire.WorkshopEngine.Pistes;

namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A participant signed up to carry a piste; contact details only with explicit consent.</summary>
public sealed record SignedUp(string PisteId, string ParticipantId, ContactDetails? Contact) : SessionEvent;
