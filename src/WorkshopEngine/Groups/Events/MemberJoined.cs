using StartupTerritoire.WorkshopEngine.Pistes;

namespace StartupTerritoire.WorkshopEngine.Groups.Events;

/// <summary>
/// Someone became part of the group: by its code, by accepting an invitation (<paramref name="InvitationId"/>), or
/// as a resource person added with their consent.
/// </summary>
public sealed record MemberJoined(string MemberId, string Nickname, MemberKind Kind, string? Skills, ContactDetails? Contact, string? InvitationId) : GroupEvent;
