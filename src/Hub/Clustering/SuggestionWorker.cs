using Microsoft.AspNetCore.SignalR;
using StartupTerritoire.Server.Realtime;
using StartupTerritoire.Server.Sessions;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Clustering;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Sessions;

namespace StartupTerritoire.Server.Clustering;

/// <summary>
/// Computes queued suggestions one at a time, outside the session's lock, and sends the groups worth showing and the
/// placements of the notes still to sort to the staff running the workshop (the animator and the co-animators of its
/// tables), never to participants or boards.
/// </summary>
internal sealed partial class SuggestionWorker(
    SuggestionService suggestions,
    SessionRegistry registry,
    INoteClusterer clusterer,
    IHubContext<WorkshopHub, IWorkshopClient> hub,
    ILogger<SuggestionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var request in suggestions.Requests.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await SuggestAsync(request, stoppingToken);
                }
                catch (WorkshopException ex) when (ex.Code == SessionRegistry.SessionNotFound)
                {
                    // Deleted or purged since it was asked for: nobody is waiting.
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogSuggestFailed(logger, ex, request.WorkshopId);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// The groups a client should show: new groups of two notes or more, and groups that add notes to an existing
    /// cluster. A group that only repeats an existing cluster (or part of it) is left out.
    /// </summary>
    internal static List<SuggestionGroup> WorthShowing(IReadOnlyList<SuggestedGroup> suggested, IReadOnlyList<ClusterableNote> notes)
    {
        var clusterOf = notes.ToDictionary(n => n.Id, n => n.ClusterId, StringComparer.Ordinal);
        return [.. suggested
            .Where(g => g.ExistingClusterId is { } id
                ? g.NoteIds.Any(n => clusterOf.GetValueOrDefault(n) != id)
                : g.NoteIds.Count >= 2)
            .Select(g => new SuggestionGroup
            {
                ExistingClusterId = g.ExistingClusterId,
                Label = g.Label,
                Subtitle = g.Subtitle,
                NoteIds = g.NoteIds,
            })];
    }

    private async Task SuggestAsync(SuggestionRequest request, CancellationToken cancellationToken)
    {
        var input = await registry.ReadAsync(request.SessionId, s => Read(s, request.WorkshopId), cancellationToken);
        if (input is null)
        {
            return;
        }

        if (!request.Explicit && suggestions.WasSent(request.SessionId, request.WorkshopId, input.Version, request.Granularity.Level))
        {
            return;
        }

        // The engine is CPU-bound (a few hundred milliseconds for 500 notes) and runs here, never under the lock.
        var suggested = input.Notes.Count == 0 || !request.WithGroups ? [] : clusterer.Suggest(input.Notes, request.Granularity);
        var batch = new SuggestionBatch
        {
            SessionId = request.SessionId,
            WorkshopId = request.WorkshopId,
            Version = input.Version,
            Granularity = request.Granularity.Level,
            Groups = WorthShowing(suggested, input.Notes),
            Placements = Placements(input),
        };
        await hub.Clients.Groups(input.Audience).Suggestions(batch);
        suggestions.RecordSent(request.SessionId, request.WorkshopId, input.Version, request.Granularity.Level);
        LogSent(logger, batch.Groups.Count, batch.Placements.Count, request.WorkshopId, input.Version);
    }

    // The engine itself answers nothing, cheaply, when there is no group or no note left to sort.
    private List<PlacementSuggestion> Placements(Input input) =>
        SurestFirst(clusterer.SuggestPlacements(input.Notes, input.Groups, input.Context));

    /// <summary>
    /// The placements as sent, the surest first (ties by note id): the console lists each group's notes in this order,
    /// so the doubtful ones come last, where the animator looks twice.
    /// </summary>
    internal static List<PlacementSuggestion> SurestFirst(IEnumerable<Placement> placements) =>
        [.. placements
            .OrderByDescending(p => p.Score).ThenBy(p => p.NoteId, StringComparer.Ordinal)
            .Select(p => new PlacementSuggestion { NoteId = p.NoteId, ClusterId = p.ClusterId })];

    private static Input? Read(Session session, string workshopId)
    {
        if (session.FindWorkshop(workshopId) is not { } workshop)
        {
            return null;
        }

        var notes = session.Notes
            .Where(n => n.WorkshopId == workshopId && !n.Hidden && n.Text.Length > 0)
            .OrderBy(n => n.Seq).ThenBy(n => n.Id, StringComparer.Ordinal)
            .Select(n => new ClusterableNote(n.Id, n.Text, n.ClusterId, n.PlacedByHand))
            .ToList();
        List<string> audience =
        [
            WorkshopGroups.Animator(session.Id),
            .. session.Tables.Where(t => t.WorkshopId == workshopId).Select(t => WorkshopGroups.Host(session.Id, t.Id)),
        ];
        List<PlacedGroup> groups =
        [
            .. session.Clusters.Where(c => c.WorkshopId == workshopId)
                .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id, StringComparer.Ordinal)
                .Select(c => new PlacedGroup(c.Id, c.Title)),
        ];
        return new Input(session.Version, notes, groups, Context(workshop.Input), audience);
    }

    /// <summary>What the workshop is about, in the room's words: its défi, or the project card it works on.</summary>
    private static string? Context(WorkshopInput input) =>
        input.Challenge?.Text
        ?? (input.ProjectCard is { } card ? string.Join(' ', new[] { card.Pitch, card.Needs }.Where(t => !string.IsNullOrWhiteSpace(t))) : null);

    private sealed record Input(long Version, IReadOnlyList<ClusterableNote> Notes, IReadOnlyList<PlacedGroup> Groups, string? Context, IReadOnlyList<string> Audience);

    [LoggerMessage(EventId = 1311, Level = LogLevel.Debug, Message = "Sent {Count} suggested groups and {Placements} placements for workshop {WorkshopId} at version {Version}.")]
    private static partial void LogSent(ILogger logger, int count, int placements, string workshopId, long version);

    [LoggerMessage(EventId = 1312, Level = LogLevel.Error, Message = "Suggesting groups for workshop {WorkshopId} failed.")]
    private static partial void LogSuggestFailed(ILogger logger, Exception exception, string workshopId);
}
