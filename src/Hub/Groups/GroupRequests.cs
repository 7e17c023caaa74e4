using StartupTerritoire.WorkshopEngine.Groups;
using StartupTerritoire.WorkshopEngine.Pistes;

namespace StartupTerritoire.Server.Groups;

/// <summary>A group from a piste of the evening; name and promise default to the piste's.</summary>
public sealed record GroupFromPisteRequest(string? PisteId, string? Name = null, string? Promise = null);

/// <summary>A group from scratch, for an idea that came from elsewhere.</summary>
public sealed record NewGroupRequest(string? Name, string? Promise = null, string? Language = null);

/// <summary>Joining a group by its code: a nickname, no account; <see cref="JoinId"/> makes a retry the same member.</summary>
public sealed record GroupJoinRequest(string? Nickname, string? JoinId = null);

/// <summary>Accepting a personal invitation, under the evening's nickname unless another is typed.</summary>
public sealed record AcceptInvitationRequest(string? Nickname = null, bool KeepContact = true);

/// <summary>A member's contact for the co-animators, kept only with consent.</summary>
public sealed record ContactRequest(ContactDetails? Contact, bool Consent);

/// <summary>Leaving, and whether to be erased from the group.</summary>
public sealed record LeaveRequest(bool Erase);

/// <summary>A resource person the co-animators add, with their consent.</summary>
public sealed record ResourceRequest(string? Name, string? Skills, ContactDetails? Contact, bool Consent);

/// <summary>The project card: a theme key or free text, and why a stopped project stopped.</summary>
public sealed record CardRequest(string? Name, string? Promise, GroupStage Stage, string? Theme = null, string? StopReason = null);

/// <summary>A need or an offer: "need" or "offer", its category and text.</summary>
public sealed record ExchangeRequest(ExchangeKind Kind, string? Category, string? Text);

/// <summary>What the group publishes.</summary>
public sealed record PublicationRequest(bool Published, string? PublicText, bool ShowNeeds, bool ShowMilestones);

/// <summary>A canvas entry: its block and text, and (co-animators) where it was kept from: "{sessionId}/{noteId}" of a live meeting.</summary>
public sealed record CanvasItemRequest(string? Block, string? Text, string? Source = null);

/// <summary>A canvas version's label.</summary>
public sealed record CanvasVersionRequest(string? Label);

/// <summary>A milestone of the road to launch.</summary>
public sealed record MilestoneRequest(string? Title, DateOnly? Due, MilestoneStatus Status, string? Note);

/// <summary>An action: what, who (a member id or a name), by when, done.</summary>
public sealed record ActionRequest(string? What, string? OwnerId, string? OwnerName, DateOnly? Due, bool Done);

/// <summary>A meeting: title, start, length, place, agenda, minutes and decisions.</summary>
public sealed record MeetingRequest(string? Title, DateTimeOffset StartsAt, int DurationMinutes, string? Place, string? Agenda, string? Minutes, IReadOnlyList<string>? Decisions);

/// <summary>Why the group closes.</summary>
public sealed record CloseRequest(string? Reason);
