using Microsoft.AspNetCore.SignalR;
using StartupTerritoire.Server.Clustering;
using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Sessions;

namespace StartupTerritoire.Server.Realtime;

/// <summary>
/// Sends stored events to a session's audiences, each redacted for its audience. Called after the events are
/// durable, from whatever node stored them; the Redis backplane carries them to the other nodes.
/// </summary>
internal sealed partial class EventBroadcaster(
    IHubContext<WorkshopHub, IWorkshopClient> hub,
    SuggestionService suggestions,
    TimeProvider time,
    ILogger<EventBroadcaster> logger)
{
    public async Task PublishAsync(Session session, IReadOnlyList<StoredEvent> events)
    {
        suggestions.Notice(session, events);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var sends = new List<Task>
        {
            hub.Clients.Group(WorkshopGroups.Animator(session.Id)).Events(Batch(session, events, Viewer.Animator, now)),
            hub.Clients.Group(WorkshopGroups.Public(session.Id)).Events(Batch(session, events, Viewer.Public, now)),
        };
        sends.AddRange(session.Tables.Select(t =>
            hub.Clients.Group(WorkshopGroups.Host(session.Id, t.Id)).Events(Batch(session, events, Viewer.Host(t.Id), now))));
        try
        {
            await Task.WhenAll(sends);
        }
        catch (Exception ex)
        {
            // The events are stored: a client that misses them catches up with Sync. Failing the command here would
            // make the phone retry something that already happened.
            LogPublishFailed(logger, ex, events[^1].Seq);
        }
    }

    /// <summary>Tells every client of a deleted session, whatever its audience, that the soirée is gone.</summary>
    public async Task PublishDeletedAsync(string sessionId)
    {
        try
        {
            await hub.Clients.Group(WorkshopGroups.Everyone(sessionId)).SessionDeleted(sessionId);
        }
        catch (Exception ex)
        {
            // The soirée is deleted whatever happens here: a client that missed this learns it on its next call.
            LogPublishFailed(logger, ex, 0);
        }
    }

    public static EventMessage ToMessage(Session session, StoredEvent stored, Viewer viewer) => new()
    {
        Seq = stored.Seq,
        Type = stored.Event.GetType().Name,
        At = stored.At.ToUnixTimeMilliseconds(),
        Data = WirePayload.From(session.ViewOf(stored.Event, viewer)),
    };

    private static EventBatch Batch(Session session, IReadOnlyList<StoredEvent> events, Viewer viewer, long now) => new()
    {
        SessionId = session.Id,
        Events = [.. events.Select(e => ToMessage(session, e, viewer))],
        ServerNow = now,
    };

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "Publishing events up to {Seq} failed; clients will resync.")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, long seq);
}
