namespace StartupTerritoire.WorkshopEngine.Groups;

/// <summary>
/// One line of the group's history, made from its events as they are folded: what changed (<see cref="Area"/>:
/// "canvas", "milestone", "action", "meeting", "member", "card", "seat", "exchange", "publication"), which item, how ("added", "changed",
/// "removed", "done", "version", "closed", and for the publication "published", "changed", "unpublished"), the text as it stood, and who did it. "Depuis votre dernière visite" and "ce qui a changé
/// depuis la dernière réunion" are the lines after a sequence number.
/// </summary>
public sealed record GroupChange(long Seq, DateTimeOffset At, string Area, string ItemId, string Kind, string Text, string? AuthorId, string? Block = null);
