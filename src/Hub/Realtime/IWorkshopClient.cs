using StartupTerritoire.Server.Clustering;

namespace StartupTerritoire.Server.Realtime;

/// <summary>What the server calls on connected clients.</summary>
public interface IWorkshopClient
{
    /// <summary>
    /// New events of the session, as this client's audience may see them. Batches can arrive out of order when
    /// several nodes write to one session: apply by sequence number, and call <c>Sync</c> if a gap stays open.
    /// </summary>
    Task Events(EventBatch batch);

    /// <summary>
    /// Clustering suggestions for a workshop, sent to its staff only (the animator and the co-animators of the tables
    /// running it): after <c>RequestSuggestions</c>, or once staff group some of its notes during a clustering round
    /// (then only the notes left to sort, in <see cref="SuggestionBatch.Placements"/>), then again when its notes or
    /// clusters change during that round. Each batch replaces the previous one for that workshop. Nothing changes
    /// until staff call <c>AcceptSuggestion</c>.
    /// </summary>
    Task Suggestions(SuggestionBatch batch);

    /// <summary>
    /// The animator deleted the soirée: everything about it is gone from the server. The client should stop (and
    /// forget what it kept of it); every later call fails with <c>session.not_found</c>.
    /// </summary>
    Task SessionDeleted(string sessionId);

    /// <summary>
    /// This client may have missed events: the node's link to the other nodes came back after a loss, or sending
    /// stored events failed. The soirée is at <paramref name="version"/>; a client whose last applied sequence number
    /// is lower calls <c>Sync(lastSeq)</c>, after a short random delay so a hall nudged at once does not sync at once.
    /// </summary>
    Task Resync(string sessionId, long version);
}
