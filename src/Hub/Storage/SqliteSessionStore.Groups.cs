using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Groups;

namespace StartupTerritoire.Server.Storage;

internal sealed partial class SqliteSessionStore
{
    public Task SaveGroupSnapshotAsync(GroupSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return SaveSnapshotPayloadAsync(snapshot.Id, snapshot.Version, SessionJson.SerializeGroupSnapshot(snapshot), cancellationToken);
    }

    public async Task<GroupSnapshot?> LoadGroupSnapshotAsync(string groupId, CancellationToken cancellationToken = default) =>
        await LoadSnapshotPayloadAsync(groupId, cancellationToken) is { } payload ? SessionJson.DeserializeGroupSnapshot(payload) : null;

    public Task RewriteEventsAsync(string sessionId, IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        ArgumentNullException.ThrowIfNull(events);

        // One transaction: every copy is written over its original, or none is; the snapshot, which may still hold
        // what the copies drop, goes with them.
        return WriteAsync((connection, transaction) =>
        {
            foreach (var e in events)
            {
                using var update = Command(connection, transaction,
                    "UPDATE events SET payload = $payload WHERE session_id = $session AND seq = $seq AND type = $type");
                update.Parameters.AddWithValue("$session", sessionId);
                update.Parameters.AddWithValue("$seq", e.Seq);
                update.Parameters.AddWithValue("$type", SessionJson.EventTypeName(e.Event));
                update.Parameters.AddWithValue("$payload", SessionJson.SerializeEvent(e.Event));
                if (update.ExecuteNonQuery() != 1)
                {
                    throw new ArgumentException($"Event {e.Seq} of {sessionId} is not stored with the type {SessionJson.EventTypeName(e.Event)}.", nameof(events));
                }
            }

            using var drop = Command(connection, transaction, "DELETE FROM snapshots WHERE session_id = $session");
            drop.Parameters.AddWithValue("$session", sessionId);
            drop.ExecuteNonQuery();
            return true;
        }, cancellationToken);
    }
}
