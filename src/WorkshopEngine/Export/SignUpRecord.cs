using StartupTerritoire.WorkshopEngine.Pistes;

namespace StartupTerritoire.WorkshopEngine.Export;

/// <summary>"Je m'y engage"; <see cref="Contact"/> only in the animator's record and only with consent.</summary>
public sealed record SignUpRecord(string ParticipantId, DateTimeOffset At, ContactDetails? Contact);
