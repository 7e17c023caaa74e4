using StartupTerritoire.WorkshopEngine.Pistes;

namespace StartupTerritoire.Server.Groups;

/// <summary>A volunteer of the evening to invite: their nickname and the contact they consented to share.</summary>
internal sealed record Volunteer(string Nickname, ContactDetails? Contact);
