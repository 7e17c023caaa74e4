namespace StartupTerritoire.Server.Realtime;

/// <summary>What the server calls on connected clients.</summary>
public interface IWorkshopClient
{
    /// <summary>
    /// New events of the session, as this client's audience may see them. Batches can arrive out of order when
    /// several nodes write to one session: apply by sequence number, and call <c>Sync</c> if a gap stays open.
    /// </summary>
    Task Events(EventBatch batch);
}
