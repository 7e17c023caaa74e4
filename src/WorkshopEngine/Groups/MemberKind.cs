namespace StartupTerritoire.WorkshopEngine.Groups;

/// <summary>How someone is part of a group.</summary>
public enum MemberKind
{
    /// <summary>Joined by the group's code or an invitation (a citizen, a potential holder).</summary>
    Member,
    /// <summary>A resource person the co-animators added, with their consent.</summary>
    Resource,
}
