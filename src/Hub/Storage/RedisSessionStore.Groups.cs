using StackExchange.Redis;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Groups;

namespace StartupTerritoire.Server.Storage;

internal sealed partial class RedisSessionStore
{
    // KEYS: events, snapshot. ARGV: triples of (index, entry as read, entry to write). Every original must still be
    // there as read, or nothing is written; the snapshot, which may hold what the copies drop, goes with them.
    private const string RewriteScript = """
        for i = 1, #ARGV, 3 do
            if redis.call('LINDEX', KEYS[1], ARGV[i]) ~= ARGV[i + 1] then
                return 0
            end
        end
        for i = 1, #ARGV, 3 do
            redis.call('LSET', KEYS[1], ARGV[i], ARGV[i + 2])
        end
        redis.call('DEL', KEYS[2])
        return 1
        """;

    public Task SaveGroupSnapshotAsync(GroupSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return SaveSnapshotPayloadAsync(snapshot.Id, snapshot.Version, SessionJson.SerializeGroupSnapshot(snapshot), cancellationToken);
    }

    public async Task<GroupSnapshot?> LoadGroupSnapshotAsync(string groupId, CancellationToken cancellationToken = default) =>
        await LoadSnapshotPayloadAsync(groupId, cancellationToken) is { } payload ? SessionJson.DeserializeGroupSnapshot(payload) : null;

    public async Task RewriteEventsAsync(string sessionId, IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        ArgumentNullException.ThrowIfNull(events);
        cancellationToken.ThrowIfCancellationRequested();
        if (events.Count == 0)
        {
            return;
        }

        // The originals in one read: from the first sequence number the copies name to the last.
        var first = events.Min(e => e.Seq);
        var originals = await Database.ListRangeAsync(RedisKeys.Events(sessionId), Math.Max(first - 1, 0), events.Max(e => e.Seq) - 1);
        var values = new RedisValue[events.Count * 3];
        for (var i = 0; i < events.Count; i++)
        {
            var copy = events[i];
            var index = copy.Seq - first;
            var original = index >= 0 && index < originals.Length ? originals[index] : RedisValue.Null;
            if (original.IsNull || ReadEntry(original!) is not { } stored || stored.Seq != copy.Seq
                || SessionJson.EventTypeName(stored.Event) != SessionJson.EventTypeName(copy.Event))
            {
                throw new ArgumentException($"Event {copy.Seq} of {sessionId} is not stored with the type {SessionJson.EventTypeName(copy.Event)}.", nameof(events));
            }

            // The copy keeps the original's instant: only what it carries changes.
            (values[i * 3], values[i * 3 + 1], values[i * 3 + 2]) = (copy.Seq - 1, original, WriteEntry(copy with { At = stored.At }));
        }

        var written = (long)await Database.ScriptEvaluateAsync(RewriteScript, [RedisKeys.Events(sessionId), RedisKeys.Snapshot(sessionId)], values);
        if (written != 1)
        {
            throw new InvalidOperationException($"The events of {sessionId} changed while they were being rewritten.");
        }
    }
}
