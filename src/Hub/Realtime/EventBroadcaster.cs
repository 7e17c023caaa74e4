using Microsoft.AspNetCore.SignalR;
using StartupTerritoire.Server.Clustering;
using StartupTerritoire.Server.Telemetry;
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
    PublishFailures failures,
    TimeProvider time,
    WorkshopMetrics metrics,
    BackplaneProbe backplane,
    ILogger<EventBroadcaster> logger)
{
    /// <summary>
    /// Redacts a command's events for each audience against the session as it stands right after them, so the
    /// messages are what they would have been had they been sent at once, whatever the session does meanwhile.
    /// </summary>
    public PreparedBroadcast Prepare(Session session, IReadOnlyList<StoredEvent> events)
    {
        suggestions.Notice(session, events);
        var audiences = new List<(string Group, IReadOnlyList<EventMessage> Events)>
        {
            (WorkshopGroups.Animator(session.Id), Redact(session, events, Viewer.Animator)),
            (WorkshopGroups.Public(session.Id), Redact(session, events, Viewer.Public)),
        };
        audiences.AddRange(session.Tables.Select(t => (WorkshopGroups.Host(session.Id, t.Id), Redact(session, events, Viewer.Host(t.Id)))));
        return new PreparedBroadcast(session.Id, audiences);
    }

    /// <summary>
    /// Sends prepared commands of one session, in sequence order, as one batch per audience: when commands come
    /// faster than their messages go out, each audience gets them together rather than one send per command.
    /// </summary>
    public async Task SendAsync(IReadOnlyList<PreparedBroadcast> prepared)
    {
        if (prepared.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var merged = new Dictionary<string, List<EventMessage>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (group, events) in prepared.SelectMany(p => p.Audiences))
        {
            if (!merged.TryGetValue(group, out var list))
            {
                merged[group] = list = [];
                order.Add(group);
            }

            list.AddRange(events);
        }

        var sessionId = prepared[0].SessionId;
        foreach (var group in order)
        {
            metrics.EventsSent(group, merged[group].Count);
        }

        backplane.Stamp();
        try
        {
            await Task.WhenAll(order.Select(group =>
                hub.Clients.Group(group).Events(new EventBatch { SessionId = sessionId, Events = merged[group], ServerNow = now })));
        }
        catch (Exception ex)
        {
            // The events are stored: failing the command here would make the phone retry something that already
            // happened. Every client of the soirée is told to catch up once the backplane answers again.
            LogPublishFailed(logger, ex, prepared[^1].Audiences[0].Events[^1].Seq);
            failures.Report(sessionId);
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

    private static IReadOnlyList<EventMessage> Redact(Session session, IReadOnlyList<StoredEvent> events, Viewer viewer) =>
        [.. events.Select(e => ToMessage(session, e, viewer))];

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "Publishing events up to {Seq} failed; clients will resync.")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, long seq);
}
