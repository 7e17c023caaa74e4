namespace StartupTerritoire.WorkshopEngine.Clustering;

/// <summary>
/// Suggests groups for the notes of a workshop. Deterministic (ties broken by id); groups the animator created or
/// accepted (notes with a <see cref="ClusterableNote.ClusterId"/>) are never split, only extended or merged, and notes
/// placed by hand never move.
/// </summary>
public interface INoteClusterer
{
    /// <summary>Groups every note; each note appears in exactly one suggested group (a group may hold one note).</summary>
    IReadOnlyList<SuggestedGroup> Suggest(IReadOnlyList<ClusterableNote> notes, Granularity granularity);

    /// <summary>
    /// The existing cluster a newly revealed note fits best, when similar enough at this granularity; null otherwise.
    /// </summary>
    string? SuggestFor(ClusterableNote note, IReadOnlyList<ClusterableNote> clustered, Granularity granularity);

    /// <summary>
    /// Sorts the rest of the wall from the animator's first moves: for every note without a cluster, the group among
    /// <paramref name="groups"/> it fits best, judged on the groups' notes (those of <paramref name="notes"/> that carry
    /// the group's id) and titles, the evening's own words and the workshop's <paramref name="context"/> (its défi or
    /// project card). A note that fits no group well enough gets no placement. In the order of the notes' ids.
    /// </summary>
    IReadOnlyList<Placement> SuggestPlacements(IReadOnlyList<ClusterableNote> notes, IReadOnlyList<PlacedGroup> groups, string? context = null);
}
