namespace StartupTerritoire.WorkshopEngine.Groups.Events;

/// <summary>
/// A working group was created, from a piste of an evening (<paramref name="Origin"/>) or from scratch, with its two
/// co-animator seats held by the principals named.
/// </summary>
public sealed record GroupCreated(string GroupId, string Name, string Promise, string Language, string JoinCode, GroupOrigin? Origin, string Seat1, string Seat2) : GroupEvent;
