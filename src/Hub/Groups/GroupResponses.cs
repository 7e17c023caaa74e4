using StartupTerritoire.WorkshopEngine.Groups;

namespace StartupTerritoire.Server.Groups;

/// <summary>A secret link of a group (a seat or an invitation) with its QR code; shown once, never stored.</summary>
public sealed record GroupLink(string Kind, string Label, string Url, string QrSvg, int? Seat = null, string? InvitationId = null);

/// <summary>A new group: its code and join link, the two seats' links and the volunteers' personal invitations.</summary>
public sealed record CreatedGroup(string GroupId, string Name, string JoinCode, string JoinUrl, IReadOnlyList<GroupLink> Seats, IReadOnlyList<GroupLink> Invitations, long Version);

/// <summary>A group born from an evening, as its animator's console lists it.</summary>
public sealed record GroupSummary(string GroupId, string Name, string PisteId, string JoinCode, int Members, int OpenInvitations, GroupStage Stage);

/// <summary>What a group's code opens before joining.</summary>
public sealed record GroupJoinInfo(string GroupId, string Name, string Promise, string Language, bool Closed);

/// <summary>A member's identity: keep <see cref="Token"/> to stay the same member.</summary>
public sealed record GroupJoined(string GroupId, string MemberId, string Token, long Version);

/// <summary>
/// Who the caller is in the group: "coAnimator" (with their seat), "member", or "invited" (an invitation not yet
/// accepted, with the nickname it carries).
/// </summary>
public sealed record GroupMe(string Role, string Id, int? Seat, string? InvitedAs);

/// <summary>The group's space as the caller may see it, and what changed after the version they last saw.</summary>
public sealed record GroupPage(GroupMe Me, GroupSnapshot Group, IReadOnlyList<GroupChange> Changes, string? LastMeetingId);
