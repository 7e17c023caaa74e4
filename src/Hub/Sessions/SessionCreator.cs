using StartupTerritoire.Server.Access;
using StartupTerritoire.Server.Api;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Export;
using StartupTerritoire.WorkshopEngine.Sessions;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Sessions;

/// <summary>
/// Creates a soirée with its whole run-of-show as one atomic append, reserves a join code and makes the animator's
/// credential. Each step is decided by the engine on the state so far, exactly as live commands are.
/// </summary>
internal sealed class SessionCreator(SessionRegistry registry, ISessionStore store, TimeProvider time)
{
    private const int MaxWorkshops = 50;
    private const int MaxTables = 60;
    private const int MinRoundMinutes = 1;
    private const int MaxRoundMinutes = 240;

    public Task<(string SessionId, string JoinCode, string AnimatorToken, long Version)> CreateAsync(CreateSessionRequest request, CancellationToken cancellationToken) =>
        CreateAsync(request, TokenHasher.NewId(), cancellationToken);

    /// <summary>
    /// A practice soirée: an id of its own shape (<see cref="PracticeIds"/>), so it is purged soon after it is made
    /// and as soon as it closes, instead of being kept like an evening.
    /// </summary>
    public Task<(string SessionId, string JoinCode, string AnimatorToken, long Version)> CreatePracticeAsync(CreateSessionRequest request, CancellationToken cancellationToken) =>
        CreateAsync(request, PracticeIds.NewId(), cancellationToken);

    private async Task<(string SessionId, string JoinCode, string AnimatorToken, long Version)> CreateAsync(CreateSessionRequest request, string sessionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var workshops = request.Workshops ?? [];
        var tables = request.Tables ?? [];
        if (workshops.Count > MaxWorkshops || tables.Count > MaxTables)
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, $"At most {MaxWorkshops} workshops and {MaxTables} tables.");
        }

        var animatorId = TokenHasher.NewId();
        var animator = new Actor(Role.Animator, animatorId);

        // Fold each decision into a scratch session so the next one is checked against the state so far.
        var now = time.GetUtcNow();
        var events = new List<StreamEvent>();
        Session? scratch = null;
        void Add(Decision decision)
        {
            foreach (var e in decision.Events)
            {
                events.Add(e);
                var stored = new StoredEvent(events.Count, now, e);
                if (scratch is null)
                {
                    scratch = Session.FromEvents([stored]);
                }
                else
                {
                    scratch.Apply(stored);
                }
            }
        }

        // The whole run-of-show is decided on a stand-in code, so a refused one reserves no join code; the code is
        // reserved once everything passed.
        Add(Session.Create(sessionId, request.Title ?? string.Empty, request.Language, JoinCode.FromRandom(new byte[JoinCode.Length]), request.Anonymous, animatorId));
        var workshopIds = new List<string>();
        foreach (var spec in workshops)
        {
            if (spec is null)
            {
                throw new WorkshopException(ErrorCodes.InvalidArgument, "A workshop of the run-of-show is missing.");
            }

            var id = spec.Id ?? TokenHasher.NewId();
            workshopIds.Add(id);
            Add(scratch!.AddWorkshop(animator, id, spec.ParseFormat(), spec.Title ?? string.Empty, spec.ToInput()));
            foreach (var e in RoundTimings(scratch!, animator, id, spec.RoundMinutes))
            {
                Add(e);
            }
        }

        foreach (var table in tables)
        {
            string? workshopId = table?.Workshop is { } index
                ? index >= 0 && index < workshopIds.Count ? workshopIds[index] : throw new WorkshopException(ErrorCodes.InvalidArgument, "A table names a workshop index that does not exist.")
                : null;
            Add(scratch!.AddTable(animator, TokenHasher.NewId(), table?.Name ?? string.Empty, workshopId));
        }

        if (request.Open)
        {
            Add(scratch!.Open(animator));
        }

        var joinCode = await JoinCodeReservation.ReserveAsync(store, sessionId, cancellationToken);
        events[0] = (SessionCreated)events[0] with { JoinCode = joinCode };
        var token = TokenHasher.NewToken();
        await store.SaveCredentialAsync(new Credential(TokenHasher.Hash(token), sessionId, Role.Animator, animatorId, null, now), cancellationToken);
        var version = await registry.CreateAsync(sessionId, events, cancellationToken);
        return (sessionId, joinCode, token, version);
    }

    /// <summary>
    /// Restores an exported soirée as a new one: a new id, join code and animator token, the same content. The engine
    /// turns the record into events and checks them; they are stored through the normal append.
    /// </summary>
    public async Task<(string SessionId, string JoinCode, string AnimatorToken, long Version)> ImportAsync(SessionExport record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var sessionId = TokenHasher.NewId();
        var animatorId = TokenHasher.NewId();

        // Checked before anything is reserved, so a refused file leaves nothing behind.
        SessionRestorer.Restore(record, sessionId, JoinCode.FromRandom(new byte[JoinCode.Length]), animatorId);
        var joinCode = await JoinCodeReservation.ReserveAsync(store, sessionId, cancellationToken);
        var events = SessionRestorer.Restore(record, sessionId, joinCode, animatorId);
        var token = TokenHasher.NewToken();
        await store.SaveCredentialAsync(new Credential(TokenHasher.Hash(token), sessionId, Role.Animator, animatorId, null, time.GetUtcNow()), cancellationToken);
        var version = await registry.AdoptAsync(sessionId, events, cancellationToken);
        return (sessionId, joinCode, token, version);
    }

    /// <summary>
    /// The new timing of each listed round of a workshop just added, decided as UpdateRound on the state so far: name,
    /// instructions, rules and auto-advance stay those of the default script. Rounds are taken in run-of-show order.
    /// </summary>
    private static List<Decision> RoundTimings(Session scratch, Actor animator, string workshopId, Dictionary<string, int>? minutesByRound)
    {
        var decisions = new List<Decision>();
        if (minutesByRound is null || minutesByRound.Count == 0)
        {
            return decisions;
        }

        var workshop = scratch.FindWorkshop(workshopId)!;
        foreach (var (roundId, minutes) in minutesByRound)
        {
            if (workshop.FindRound(roundId) is null)
            {
                throw new WorkshopException(ErrorCodes.InvalidArgument, $"roundMinutes names a round \"{roundId}\" that this workshop does not have.");
            }

            if (minutes < MinRoundMinutes || minutes > MaxRoundMinutes)
            {
                throw new WorkshopException(ErrorCodes.InvalidArgument, $"A round lasts {MinRoundMinutes} to {MaxRoundMinutes} minutes.");
            }
        }

        foreach (var round in workshop.Rounds)
        {
            if (minutesByRound.TryGetValue(round.Id, out var minutes) && TimeSpan.FromMinutes(minutes) != round.Duration)
            {
                decisions.Add(scratch.UpdateRound(animator, workshopId, round.Id, round.Name, round.Instructions, TimeSpan.FromMinutes(minutes), round.Rules, round.AutoAdvance));
            }
        }

        return decisions;
    }
}
