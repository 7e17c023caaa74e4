using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Clustering;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Formats;

namespace StartupTerritoire.WorkshopEngine.Sessions;

public sealed partial class Session
{
    private const int MaxClusterTitleLength = 120;

    /// <summary>Creates a cluster with notes of its workshop (they leave their former cluster).</summary>
    public Decision CreateCluster(Actor actor, string clusterId, string workshopId, string? title, IReadOnlyList<string> noteIds)
    {
        var w = RequireClusterStaff(actor, workshopId);
        RequireNewClusterId(clusterId);
        return Decision.Of(new ClusterCreated(clusterId, w.Id, ClusterTitle(title), RequireNotesOf(w, noteIds, allowEmpty: true)));
    }

    /// <summary>Renames a cluster; renaming a suggested title to itself keeps it, and the room then sees it.</summary>
    public Decision RenameCluster(Actor actor, string clusterId, string? title)
    {
        var c = RequireCluster(actor, clusterId);
        var t = ClusterTitle(title);
        return t == c.Title && !c.TitleSuggested ? Decision.None : Decision.Of(new ClusterRenamed(c.Id, t));
    }

    /// <summary>Merges clusters into a target: their notes, dots and stars follow.</summary>
    public Decision MergeClusters(Actor actor, string targetId, IReadOnlyList<string> sourceIds)
    {
        var target = RequireCluster(actor, targetId);
        if (sourceIds is null || sourceIds.Count == 0 || sourceIds.Distinct().Count() != sourceIds.Count || sourceIds.Contains(target.Id))
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "Name one or more other, distinct clusters to merge.");
        }

        foreach (var id in sourceIds)
        {
            if (RequireCluster(actor, id).WorkshopId != target.WorkshopId)
            {
                throw new WorkshopException(ErrorCodes.WrongWorkshop, "Clusters of different workshops cannot merge.");
            }
        }

        return Decision.Of(new ClustersMerged(target.Id, [.. sourceIds]));
    }

    /// <summary>Moves some notes of a cluster into a new cluster.</summary>
    public Decision SplitCluster(Actor actor, string sourceId, string newClusterId, string? title, IReadOnlyList<string> noteIds)
    {
        var source = RequireCluster(actor, sourceId);
        RequireNewClusterId(newClusterId);
        var ids = RequireNotesOf(FindWorkshop(source.WorkshopId)!, noteIds, allowEmpty: false);
        if (ids.Any(id => _notes[id].ClusterId != source.Id))
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "Only notes of the cluster can split from it.");
        }

        return Decision.Of(new ClusterSplit(source.Id, newClusterId, ClusterTitle(title), ids));
    }

    /// <summary>Places notes by hand into a cluster, or out of any cluster with a null cluster id.</summary>
    public Decision PlaceNotes(Actor actor, IReadOnlyList<string> noteIds, string? clusterId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (noteIds is null || noteIds.Count == 0)
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "Name at least one note.");
        }

        var first = FindNote(noteIds[0] ?? string.Empty) ?? throw NotFound("note");
        var w = RequireClusterStaff(actor, first.WorkshopId);
        if (clusterId is not null && RequireCluster(actor, clusterId).WorkshopId != w.Id)
        {
            throw new WorkshopException(ErrorCodes.WrongWorkshop, "The cluster belongs to another workshop.");
        }

        var ids = RequireNotesOf(w, noteIds, allowEmpty: false);
        return ids.All(id => _notes[id].ClusterId == clusterId && _notes[id].PlacedByHand)
            ? Decision.None
            : Decision.Of(new NotesPlaced(ids, clusterId));
    }

    /// <summary>Dissolves a cluster; its notes stay, ungrouped.</summary>
    public Decision DeleteCluster(Actor actor, string clusterId)
    {
        var c = RequireCluster(actor, clusterId);
        return Decision.Of(new ClusterDeleted(c.Id));
    }

    /// <summary>
    /// Accepts suggested groups as they are (or as corrected by the animator): each group's notes join its cluster,
    /// created when new. A note may appear in one group only.
    /// </summary>
    public Decision AcceptSuggestion(Actor actor, string workshopId, IReadOnlyList<AcceptedGroup> groups)
    {
        var w = RequireClusterStaff(actor, workshopId);
        if (groups is null || groups.Count == 0 || groups.Count > 500)
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "Name 1 to 500 groups.");
        }

        var seenNotes = new HashSet<string>(StringComparer.Ordinal);
        var seenClusters = new HashSet<string>(StringComparer.Ordinal);
        var accepted = new List<AcceptedGroup>();
        foreach (var g in groups)
        {
            if (g is null || !seenClusters.Add(Input.Id(g.ClusterId, "clusterId")))
            {
                throw new WorkshopException(ErrorCodes.InvalidArgument, "Each group names a distinct cluster.");
            }

            if (_clusters.TryGetValue(g.ClusterId, out var existing) && existing.WorkshopId != w.Id)
            {
                throw new WorkshopException(ErrorCodes.WrongWorkshop, "The cluster belongs to another workshop.");
            }

            var ids = RequireNotesOf(w, g.NoteIds, allowEmpty: false);
            if (!ids.All(seenNotes.Add))
            {
                throw new WorkshopException(ErrorCodes.InvalidArgument, "A note belongs to one group only.");
            }

            accepted.Add(new AcceptedGroup(g.ClusterId, ClusterTitle(g.Title), ids, g.Named));
        }

        return Decision.Of(new SuggestionAccepted(w.Id, accepted));
    }

    private Workshop RequireClusterStaff(Actor actor, string workshopId)
    {
        var w = RequireWorkshop(workshopId);
        RequireStaff(actor, w);
        RequireNotClosed();
        return w;
    }

    private Cluster RequireCluster(Actor actor, string clusterId)
    {
        var c = _clusters.GetValueOrDefault(clusterId ?? string.Empty) ?? throw NotFound("cluster");
        RequireClusterStaff(actor, c.WorkshopId);
        return c;
    }

    private void RequireNewClusterId(string clusterId)
    {
        Input.Id(clusterId, "clusterId");
        if (_clusters.ContainsKey(clusterId))
        {
            throw new WorkshopException(ErrorCodes.AlreadyExists, "A cluster with this id exists.");
        }
    }

    private List<string> RequireNotesOf(Workshop w, IReadOnlyList<string>? noteIds, bool allowEmpty)
    {
        var ids = noteIds?.ToList() ?? [];
        if ((!allowEmpty && ids.Count == 0) || ids.Count > 1000 || ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "Name distinct notes (at most 1000).");
        }

        foreach (var id in ids)
        {
            var note = FindNote(id ?? string.Empty) ?? throw NotFound("note");
            if (note.WorkshopId != w.Id)
            {
                throw new WorkshopException(ErrorCodes.WrongWorkshop, "A note belongs to another workshop.");
            }
        }

        return ids;
    }

    private static string ClusterTitle(string? title) => Input.Optional(title, MaxClusterTitleLength, "title", allowNewLines: false);
}
