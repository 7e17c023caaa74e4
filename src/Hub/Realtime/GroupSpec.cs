using MessagePack;
using StartupTerritoire.WorkshopEngine.Clustering;

namespace StartupTerritoire.Server.Realtime;

/// <summary>
/// One accepted group of a clustering suggestion: the (new or existing) cluster, its title and notes, and whether the
/// staff typed or kept that title (<see cref="Named"/>); otherwise the title stays a suggestion the room does not see.
/// </summary>
[MessagePackObject]
public sealed class GroupSpec
{
    [Key("clusterId")] public string? ClusterId { get; set; }
    [Key("title")] public string? Title { get; set; }
    [Key("noteIds")] public List<string>? NoteIds { get; set; }
    [Key("named")] public bool Named { get; set; }

    internal AcceptedGroup ToGroup() => new(ClusterId ?? string.Empty, Title ?? string.Empty, NoteIds ?? [], Named);
}
