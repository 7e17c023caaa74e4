using StartupTerritoire.WorkshopEngine.Pistes;

namespace StartupTerritoire.WorkshopEngine.Groups;

/// <summary>
/// A personal invitation for someone who signed up on the evening: opening its link makes them a member under the
/// nickname they had. <see cref="Contact"/> is what they consented to share, shown to the co-animators only.
/// </summary>
public sealed record Invitation(string Id, string Nickname, ContactDetails? Contact, bool Accepted = false);
