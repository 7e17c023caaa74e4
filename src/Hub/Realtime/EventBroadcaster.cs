using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using StartupTerritoire.Server.Hosting;
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
    IOptions<WorkshopOptions> options,
    ILogger<EventBroadcaster> logger)
{
    /// <summary>How long arrivals may wait for the public audience (<see cref="BroadcastQueue"/>).</summary>
    public TimeSpan ArrivalBatchWindow => options.Value.ArrivalBatchWindow;

    /// <summary>
    /// Redacts a command's events for each audience against the session as it stands right after them, so the
    /// messages are what they would have been had they been sent at once, whatever the session does meanwhile.
    /// </summary>
    public PreparedBroadcast Prepare(Session session, IReadOnlyList<StoredEvent> events)
    {
        suggestions.Notice(session, events);
        var audiences = new List<AudienceEvents>
        {
            new(WorkshopGroups.Animator(session.Id), Redact(session, events, Viewer.Animator)),
            new(WorkshopGroups.Public(session.Id), Redact(session, events, Viewer.Public), MayWait: ArrivalBatchWindow > TimeSpan.Zero && events.All(e => IsArrival(e.Event))),
        };
        audiences.AddRange(session.Tables.Select(t => new AudienceEvents(WorkshopGroups.Host(session.Id, t.Id), Redact(session, events, Viewer.Host(t.Id)))));
        return new PreparedBroadcast(session.Id, audiences);
    }

    /// <summary>
    /// Sends the events of one session, each audience's in sequence order and as one batch: when commands come
    /// faster than their messages go out, each audience gets them together rather than one send per command.
    /// </summary>
    public async Task SendAsync(string sessionId, IReadOnlyList<(string Group, IReadOnlyList<EventMessage> Events)> audiences)
    {
        if (audiences.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        foreach (var (group, events) in audiences)
        {
            metrics.EventsSent(group, events.Count);
        }

        backplane.Stamp();
        try
        {
            await Task.WhenAll(audiences.Select(a =>
                hub.Clients.Group(a.Group).Events(new EventBatch { SessionId = sessionId, Events = a.Events, ServerNow = now })));
        }
        catch (Exception ex)
        {
            // The events are stored: failing the command here would make the phone retry something that already
            // happened. Every client of the soirée is told to catch up once the backplane answers again.
            LogPublishFailed(logger, ex, audiences.Max(a => a.Events.Count == 0 ? 0 : a.Events[^1].Seq));
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

    // A participant joining, renaming themself or choosing a table: what a join storm is made of, and what phones
    // and boards only count (the staff's lists have the names; a phone learns its own change from its command).
    private static bool IsArrival(StreamEvent e) => e is ParticipantJoined or ParticipantRenamed or ParticipantTableChosen;

    private static IReadOnlyList<EventMessage> Redact(Session session, IReadOnlyList<StoredEvent> events, Viewer viewer) =>
        [.. events.Select(e => ToMessage(session, e, viewer))];

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "Publishing events up to {Seq} failed; clients will resync.")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, long seq);
}
