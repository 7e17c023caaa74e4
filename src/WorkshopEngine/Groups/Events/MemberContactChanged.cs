using StartupTerritoire.WorkshopEngine.Pistes;

namespace StartupTerritoire.WorkshopEngine.Groups.Events;

/// <summary>A member gave, changed or withdrew (null) their consent to share contact details with the co-animators.</summary>
public sealed record MemberContactChanged(string MemberId, ContactDetails? Contact) : GroupEvent;
