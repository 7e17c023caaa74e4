namespace StartupTerritoire.WorkshopEngine.Groups.Events;

/// <summary>A volunteer of the evening was invited with a personal link.</summary>
public sealed record MemberInvited(Invitation Invitation) : GroupEvent;
