using StartupTerritoire.WorkshopEngine.Pistes;

namespace StartupTerritoire.WorkshopEngine.Groups;

/// <summary>
/// Someone in a group. <see cref="Contact"/> is kept only with consent to share it with the group's co-animators,
/// and only they see it. <see cref="Erased"/>: the person left and asked that nothing identify them.
/// </summary>
public sealed record GroupMember(
    string Id,
    string Nickname,
    MemberKind Kind,
    string? Skills,
    ContactDetails? Contact,
    DateTimeOffset JoinedAt,
    bool Left = false,
    bool Erased = false);
