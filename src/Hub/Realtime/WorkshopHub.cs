using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using StartupTerritoire.Server.Access;
using StartupTerritoire.Server.Clustering;
using StartupTerritoire.Server.Hosting;
using StartupTerritoire.Server.Sessions;
using StartupTerritoire.Server.Telemetry;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Clustering;
using StartupTerritoire.WorkshopEngine.Pistes;
using StartupTerritoire.WorkshopEngine.Sessions;

namespace StartupTerritoire.Server.Realtime;

/// <summary>
/// The live workshop hub at /hubs/workshop. Every method names the roles allowed to call it; the engine checks the
/// rest. Commands complete only once their events are stored and return the sequence number of the last one.
/// Ids of things a client creates (notes, clusters, rounds…) are made by the client so a retry is recognised.
/// </summary>
[Authorize(AuthenticationSchemes = SessionTokenHandler.SchemeName)]
internal sealed class WorkshopHub(
    SessionRegistry registry, SuggestionService suggestions, LocalConnections local, TimeProvider time, IOptions<WorkshopOptions> options, WorkshopMetrics metrics)
    : Hub<IWorkshopClient>
{
    private const Role Animator = Role.Animator;
    private const Role CoAnimator = Role.CoAnimator;
    private const Role Participant = Role.Participant;
    private const Role Board = Role.Board;

    private string SessionId => Context.User.GetSessionId() ?? throw WorkshopHubFilter.Error(ErrorCodes.Forbidden, "No session.");

    private Actor Me => Context.User.GetActor() ?? throw WorkshopHubFilter.Error(ErrorCodes.Forbidden, "No identity.");

    public override async Task OnConnectedAsync()
    {
        var me = Me;
        var group = me.Role switch
        {
            Animator => WorkshopGroups.Animator(SessionId),
            CoAnimator when me.TableId is not null => WorkshopGroups.Host(SessionId, me.TableId),
            _ => WorkshopGroups.Public(SessionId),
        };
        await Groups.AddToGroupAsync(Context.ConnectionId, group, Context.ConnectionAborted);
        await Groups.AddToGroupAsync(Context.ConnectionId, WorkshopGroups.Everyone(SessionId), Context.ConnectionAborted);
        // Counted on the soirée so it stays in memory while anyone is connected; released when the connection ends.
        local.Add(SessionId, Context.ConnectionId, registry.Hold(SessionId));
        await base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        if (Context.User.GetSessionId() is { } sessionId)
        {
            local.Remove(sessionId, Context.ConnectionId);
        }

        return base.OnDisconnectedAsync(exception);
    }

    // ---- Reading -------------------------------------------------------------------------------------------------

    /// <summary>The events after <paramref name="lastSeq"/>, or a snapshot when too far behind (or lastSeq is 0).</summary>
    [Allow(Animator, CoAnimator, Participant, Board)]
    public async Task<SyncResult> Sync(long lastSeq)
    {
        var me = Me;
        var viewer = Viewer.Of(me);
        var sessionId = SessionId;
        var limit = options.Value.ResyncEventLimit;
        var (result, view) = await registry.ReadWithEventsAsync(sessionId, lastSeq, limit + 1, (session, fresh) =>
        {
            var caller = new Caller { SessionId = sessionId, Role = ToWire(me.Role), Id = me.Id, TableId = me.TableId };
            var serverNow = time.GetUtcNow().ToUnixTimeMilliseconds();
            var usable = lastSeq > 0 && lastSeq <= session.Version && fresh.Count <= limit
                && (fresh.Count == 0 ? lastSeq == session.Version : fresh[0].Seq == lastSeq + 1);
            return usable
                ? (new SyncResult
                {
                    Me = caller,
                    Version = fresh.Count == 0 ? lastSeq : fresh[^1].Seq,
                    Events = [.. fresh.Select(e => EventBroadcaster.ToMessage(session, e, viewer))],
                    ServerNow = serverNow,
                }, (SessionSnapshot?)null)
                : (new SyncResult { Me = caller, Version = session.Version, ServerNow = serverNow }, session.ViewFor(viewer));
        }, Context.ConnectionAborted);

        metrics.Synced(view is null ? SyncAnswer.Events : lastSeq == 0 ? SyncAnswer.Initial : SyncAnswer.Snapshot);

        // The view is plain immutable data: turning it into the wire shape (the costly part for a whole soirée) is
        // done outside the session's lock, so a hall syncing at once does not queue behind one another's snapshots.
        return view is null ? result : new SyncResult { Me = result.Me, Version = result.Version, ServerNow = result.ServerNow, Snapshot = WirePayload.From(view) };
    }

    /// <summary>The server's clock in Unix milliseconds, for countdowns that ignore the phone's own clock.</summary>
    [Allow(Animator, CoAnimator, Participant, Board)]
    public long ServerTime() => time.GetUtcNow().ToUnixTimeMilliseconds();

    // ---- The soirée ----------------------------------------------------------------------------------------------

    [Allow(Animator)]
    public Task<long> UpdateSettings(string title, string? language, bool anonymous) =>
        Run((s, _) => s.UpdateSettings(Me, title, language, anonymous));

    [Allow(Animator)]
    public Task<long> OpenSession() => Run((s, _) => s.Open(Me));

    [Allow(Animator)]
    public Task<long> CloseSession() => Run((s, _) => s.Close(Me));

    [Allow(Animator)]
    public Task<long> LockJoining(bool locked) => Run((s, _) => s.LockJoining(Me, locked));

    [Allow(Animator)]
    public Task<long> SetBoardFocus(string? workshopId) => Run((s, _) => s.SetBoardFocus(Me, workshopId));

    [Allow(Animator)]
    public Task<long> SetCurrentWorkshop(string? workshopId) => Run((s, _) => s.SetCurrentWorkshop(Me, workshopId));

    [Allow(Animator)]
    public Task<long> AddWorkshop(WorkshopSpec workshop, int? index)
    {
        Required(workshop, nameof(workshop));
        var id = workshop.Id ?? TokenHasher.NewId();
        return Run((s, _) => s.AddWorkshop(Me, id, workshop.ParseFormat(), workshop.Title ?? string.Empty, workshop.ToInput(), index), $"workshop:{id}");
    }

    [Allow(Animator)]
    public Task<long> UpdateWorkshop(string workshopId, WorkshopSpec workshop)
    {
        Required(workshop, nameof(workshop));
        return Run((s, _) => s.UpdateWorkshop(Me, workshopId, workshop.Title ?? string.Empty, workshop.ToInput()));
    }

    [Allow(Animator)]
    public Task<long> RemoveWorkshop(string workshopId) => Run((s, _) => s.RemoveWorkshop(Me, workshopId));

    [Allow(Animator)]
    public Task<long> MoveWorkshop(string workshopId, int index) => Run((s, _) => s.MoveWorkshop(Me, workshopId, index));

    [Allow(Animator)]
    public Task<long> AssignHolder(string workshopId, string? participantId) => Run((s, _) => s.AssignHolder(Me, workshopId, participantId));

    [Allow(Animator)]
    public Task<long> AddTable(string? tableId, string name, string? workshopId)
    {
        var id = tableId ?? TokenHasher.NewId();
        return Run((s, _) => s.AddTable(Me, id, name, workshopId), $"table:{id}");
    }

    [Allow(Animator)]
    public Task<long> UpdateTable(string tableId, string name, string? workshopId) => Run((s, _) => s.UpdateTable(Me, tableId, name, workshopId));

    [Allow(Animator)]
    public Task<long> RemoveTable(string tableId) => Run((s, _) => s.RemoveTable(Me, tableId));

    // ---- Participants --------------------------------------------------------------------------------------------

    /// <summary>A participant renames themself (participantId null); the animator may rename anyone.</summary>
    [Allow(Animator, Participant)]
    public Task<long> Rename(string? participantId, string nickname) =>
        Run((s, _) => s.Rename(Me, participantId ?? Me.Id, nickname));

    /// <summary>A participant chooses their table (participantId null); the animator may seat anyone.</summary>
    [Allow(Animator, Participant)]
    public Task<long> ChooseTable(string? participantId, string? tableId) =>
        Run((s, _) => s.ChooseTable(Me, participantId ?? Me.Id, tableId));

    // ---- Rounds --------------------------------------------------------------------------------------------------

    [Allow(Animator, CoAnimator)]
    public Task<long> AddRound(string workshopId, string? roundId, RoundSpec round, int? index)
    {
        Required(round, nameof(round));
        var id = roundId ?? TokenHasher.NewId();
        return Run((s, _) => s.AddRound(Me, workshopId, id, round.Name ?? string.Empty, round.Instructions, round.Duration, round.ToRules(), round.AutoAdvance, index),
            $"round:{workshopId}:{id}");
    }

    [Allow(Animator, CoAnimator)]
    public Task<long> UpdateRound(string workshopId, string roundId, RoundSpec round)
    {
        Required(round, nameof(round));
        return Run((s, _) => s.UpdateRound(Me, workshopId, roundId, round.Name ?? string.Empty, round.Instructions, round.Duration, round.ToRules(), round.AutoAdvance));
    }

    [Allow(Animator, CoAnimator)]
    public Task<long> RemoveRound(string workshopId, string roundId) => Run((s, _) => s.RemoveRound(Me, workshopId, roundId));

    [Allow(Animator, CoAnimator)]
    public Task<long> MoveRound(string workshopId, string roundId, int index) => Run((s, _) => s.MoveRound(Me, workshopId, roundId, index));

    [Allow(Animator, CoAnimator)]
    public Task<long> StartRound(string workshopId, string roundId) => Run((s, now) => s.StartRound(Me, now, workshopId, roundId));

    [Allow(Animator, CoAnimator)]
    public Task<long> PauseRound(string workshopId, string roundId) => Run((s, now) => s.PauseRound(Me, now, workshopId, roundId));

    [Allow(Animator, CoAnimator)]
    public Task<long> ResumeRound(string workshopId, string roundId) => Run((s, now) => s.ResumeRound(Me, now, workshopId, roundId));

    /// <summary>Gives more time; <paramref name="requestId"/> (client-made) makes a retry extend once.</summary>
    [Allow(Animator, CoAnimator)]
    public Task<long> ExtendRound(string? requestId, string workshopId, string roundId, int seconds) =>
        Run((s, _) => s.ExtendRound(Me, workshopId, roundId, TimeSpan.FromSeconds(seconds)), RequestKey("extend", requestId));

    [Allow(Animator, CoAnimator)]
    public Task<long> EndRound(string workshopId, string roundId) => Run((s, _) => s.EndRound(Me, workshopId, roundId));

    [Allow(Animator, CoAnimator)]
    public Task<long> SkipRound(string workshopId, string roundId) => Run((s, _) => s.SkipRound(Me, workshopId, roundId));

    // ---- Notes ---------------------------------------------------------------------------------------------------

    /// <summary>Posts a note with a client-made id; posting the same id again returns the first sequence number.</summary>
    [Allow(Animator, CoAnimator, Participant)]
    [WritesNote]
    public Task<long> AddNote(string noteId, string workshopId, string column, string text, string? colour) =>
        Run((s, now) => s.AddNote(Me, now, noteId, workshopId, column, text, colour), $"note:{noteId}");

    [Allow(Animator, CoAnimator, Participant)]
    [WritesNote]
    public Task<long> EditNote(string noteId, string text) => Run((s, now) => s.EditNote(Me, now, noteId, text));

    [Allow(Animator, CoAnimator, Participant)]
    public Task<long> DeleteNote(string noteId) => Run((s, now) => s.DeleteNote(Me, now, noteId));

    [Allow(Animator, CoAnimator, Participant)]
    public Task<long> MoveNote(string noteId, string column) => Run((s, now) => s.MoveNote(Me, now, noteId, column));

    [Allow(Animator, CoAnimator, Participant)]
    public Task<long> RecolourNote(string noteId, string colour) => Run((s, now) => s.RecolourNote(Me, now, noteId, colour));

    [Allow(Animator, CoAnimator)]
    public Task<long> RevealNotes(string workshopId, string[]? noteIds) => Run((s, _) => s.RevealNotes(Me, workshopId, noteIds));

    // ---- Clusters ------------------------------------------------------------------------------------------------

    [Allow(Animator, CoAnimator)]
    public Task<long> CreateCluster(string workshopId, string? clusterId, string? title, string[]? noteIds)
    {
        var id = clusterId ?? TokenHasher.NewId();
        return Run((s, _) => s.CreateCluster(Me, id, workshopId, title, noteIds ?? []), $"cluster:{id}");
    }

    [Allow(Animator, CoAnimator)]
    public Task<long> RenameCluster(string clusterId, string? title) => Run((s, _) => s.RenameCluster(Me, clusterId, title));

    [Allow(Animator, CoAnimator)]
    public Task<long> MergeClusters(string targetId, string[] sourceIds) => Run((s, _) => s.MergeClusters(Me, targetId, sourceIds ?? []));

    [Allow(Animator, CoAnimator)]
    public Task<long> SplitCluster(string sourceId, string? newClusterId, string? title, string[] noteIds)
    {
        var id = newClusterId ?? TokenHasher.NewId();
        return Run((s, _) => s.SplitCluster(Me, sourceId, id, title, noteIds ?? []), $"cluster:{id}");
    }

    [Allow(Animator, CoAnimator)]
    public Task<long> PlaceNotes(string[] noteIds, string? clusterId) => Run((s, _) => s.PlaceNotes(Me, noteIds ?? [], clusterId));

    [Allow(Animator, CoAnimator)]
    public Task<long> DeleteCluster(string clusterId) => Run((s, _) => s.DeleteCluster(Me, clusterId));

    [Allow(Animator, CoAnimator)]
    public Task<long> AcceptSuggestion(string workshopId, GroupSpec[] groups) =>
        Run((s, _) => s.AcceptSuggestion(Me, workshopId, [.. (groups ?? []).Select(g => (g ?? new GroupSpec()).ToGroup())]));

    /// <summary>
    /// Asks for clustering suggestions for a workshop at a granularity ("fine", "medium" (default), "coarse" or a
    /// number in (0, 1]). They are computed in the background and arrive through <c>Suggestions</c>; from now on they
    /// also come on their own when the workshop's notes change during a clustering round. Returns the current version.
    /// </summary>
    [Allow(Animator, CoAnimator)]
    public async Task<long> RequestSuggestions(string workshopId, string? granularity)
    {
        var level = Granularity.Parse(granularity);
        var me = Me;
        var sessionId = SessionId;
        var version = await registry.ReadAsync(sessionId, s =>
        {
            if (s.FindWorkshop(workshopId ?? string.Empty) is null)
            {
                throw new WorkshopException(ErrorCodes.NotFound, "No such workshop.");
            }

            return s.IsStaffFor(me, workshopId!)
                ? s.Version
                : throw new WorkshopException(ErrorCodes.Forbidden, "Only the animator or this table's co-animator may do this.");
        }, Context.ConnectionAborted);
        await suggestions.RequestAsync(sessionId, workshopId!, level, Context.ConnectionAborted);
        return version;
    }

    /// <summary>
    /// Asks for a workshop's current suggestions again (a console that just opened or reconnected): they arrive
    /// through <c>Suggestions</c> when the workshop is followed or its notes are being grouped in a clustering round;
    /// otherwise nothing comes. Returns the current version.
    /// </summary>
    [Allow(Animator, CoAnimator)]
    public async Task<long> RefreshSuggestions(string workshopId)
    {
        var me = Me;
        var sessionId = SessionId;
        var (version, beingGrouped) = await registry.ReadAsync(sessionId, s =>
        {
            if (s.FindWorkshop(workshopId ?? string.Empty) is null)
            {
                throw new WorkshopException(ErrorCodes.NotFound, "No such workshop.");
            }

            return s.IsStaffFor(me, workshopId!)
                ? (s.Version, SuggestionService.BeingGrouped(s, workshopId!))
                : throw new WorkshopException(ErrorCodes.Forbidden, "Only the animator or this table's co-animator may do this.");
        }, Context.ConnectionAborted);
        await suggestions.RefreshAsync(sessionId, workshopId!, beingGrouped, Context.ConnectionAborted);
        return version;
    }

    // ---- Votes, ratings, stars -----------------------------------------------------------------------------------

    /// <summary>Puts a dot; <paramref name="requestId"/> (client-made) makes a retry count once.</summary>
    [Allow(Participant)]
    public Task<long> CastVote(string? requestId, string workshopId, string targetId) =>
        Run((s, now) => s.CastVote(Me, now, workshopId, targetId), RequestKey("vote", requestId));

    [Allow(Participant)]
    public Task<long> WithdrawVote(string? requestId, string workshopId, string targetId) =>
        Run((s, now) => s.WithdrawVote(Me, now, workshopId, targetId), RequestKey("unvote", requestId));

    [Allow(Participant)]
    public Task<long> Rate(string workshopId, int value) => Run((s, now) => s.Rate(Me, now, workshopId, value));

    [Allow(Animator, CoAnimator, Participant)]
    public Task<long> Star(string workshopId, string targetId, bool starred) => Run((s, now) => s.Star(Me, now, workshopId, targetId, starred));

    // ---- Pistes and sign-ups -------------------------------------------------------------------------------------

    [Allow(Animator, CoAnimator)]
    public Task<long> PromoteToPiste(string workshopId, string? pisteId, string? clusterId, string? title)
    {
        var id = pisteId ?? TokenHasher.NewId();
        return Run((s, _) => s.PromoteToPiste(Me, id, workshopId, clusterId, title), $"piste:{id}");
    }

    /// <summary>"Je m'y engage"; contact details are kept only when <paramref name="consent"/> is true.</summary>
    [Allow(Participant)]
    public Task<long> SignUp(string pisteId, bool consent, string? name, string? email, string? phone) =>
        Run((s, _) => s.SignUp(Me, pisteId, new ContactDetails(name, email, phone), consent));

    [Allow(Participant)]
    public Task<long> WithdrawSignUp(string pisteId) => Run((s, _) => s.WithdrawSignUp(Me, pisteId));

    private Task<long> Run(Func<Session, DateTimeOffset, Decision> decide, string? requestId = null) =>
        registry.ExecuteAsync(SessionId, decide, requestId, Context.ConnectionAborted);

    // A missing object argument is the client's mistake, refused like any bad input, not a fault of the server.
    private static void Required(object? argument, string name)
    {
        if (argument is null)
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, $"The argument {name} is missing.");
        }
    }

    private static string? RequestKey(string kind, string? requestId) =>
        requestId is null ? null : $"{kind}:{Input.Id(requestId, "requestId")}";

    private static string ToWire(Role role) => role switch
    {
        Role.CoAnimator => "coAnimator",
        _ => role.ToString().ToLowerInvariant(),
    };
}
