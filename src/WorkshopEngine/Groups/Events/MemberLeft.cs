namespace StartupTerritoire.WorkshopEngine.Groups.Events;

/// <summary>A member left; with <paramref name="Erase"/>, their nickname and contact are wiped from the group's state.</summary>
public sealed record MemberLeft(string MemberId, bool Erase) : GroupEvent;
