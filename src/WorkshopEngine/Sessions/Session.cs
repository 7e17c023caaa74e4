using StartupTerritoire.WorkshopEngine.Clustering;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Notes;
using StartupTerritoire.WorkshopEngine.Pistes;
using StartupTerritoire.WorkshopEngine.Votes;

namespace StartupTerritoire.WorkshopEngine.Sessions;

/// <summary>
/// The soirée aggregate. Its state is the fold of its events: command methods check the caller and the rules and
/// return a <see cref="Decision"/> without changing anything; <see cref="Apply"/> folds a stored event in. Time comes
/// in as a <c>now</c> argument and ids as arguments, so the same inputs always give the same events.
/// </summary>
public sealed partial class Session
{
    private readonly List<Workshop> _workshops = [];
    private readonly List<Table> _tables = [];
    private readonly Dictionary<string, Participant> _participants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Note> _notes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DeletedNote> _deletedNotes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Cluster> _clusters = new(StringComparer.Ordinal);
    private readonly List<DotVote> _votes = [];
    private readonly List<Rating> _ratings = [];
    private readonly List<Star> _stars = [];
    private readonly Dictionary<string, Piste> _pistes = new(StringComparer.Ordinal);
    private readonly List<SignUp> _signUps = [];

    private Session()
    {
    }

    /// <summary>The session id.</summary>
    public string Id { get; private set; } = string.Empty;

    /// <summary>The sequence number of the last event folded in (0 before creation).</summary>
    public long Version { get; private set; }

    /// <summary>The title.</summary>
    public string Title { get; private set; } = string.Empty;

    /// <summary>"fr" (default) or "en".</summary>
    public string Language { get; private set; } = "fr";

    /// <summary>The canonical join code.</summary>
    public string JoinCode { get; private set; } = string.Empty;

    /// <summary>Draft, open or closed.</summary>
    public SessionState State { get; private set; }

    /// <summary>Whether nicknames are hidden on the board and in exports.</summary>
    public bool Anonymous { get; private set; }

    /// <summary>Whether joining is locked.</summary>
    public bool JoiningLocked { get; private set; }

    /// <summary>The animator's principal id.</summary>
    public string AnimatorId { get; private set; } = string.Empty;

    /// <summary>When the session was created.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The run-of-show's current workshop (null: accueil or clôture).</summary>
    public string? CurrentWorkshopId { get; private set; }

    /// <summary>The workshop the board follows (null: the current one).</summary>
    public string? BoardWorkshopId { get; private set; }

    /// <summary>The run-of-show, in order.</summary>
    public IReadOnlyList<Workshop> Workshops => _workshops;

    /// <summary>The tables.</summary>
    public IReadOnlyList<Table> Tables => _tables;

    /// <summary>The participants.</summary>
    public IReadOnlyCollection<Participant> Participants => _participants.Values;

    /// <summary>The notes.</summary>
    public IReadOnlyCollection<Note> Notes => _notes.Values;

    /// <summary>The clusters.</summary>
    public IReadOnlyCollection<Cluster> Clusters => _clusters.Values;

    /// <summary>Every dot cast and not withdrawn.</summary>
    public IReadOnlyList<DotVote> Votes => _votes;

    /// <summary>The ratings.</summary>
    public IReadOnlyList<Rating> Ratings => _ratings;

    /// <summary>The holders' stars.</summary>
    public IReadOnlyList<Star> Stars => _stars;

    /// <summary>The pistes d'activité.</summary>
    public IReadOnlyCollection<Piste> Pistes => _pistes.Values;

    /// <summary>The sign-ups.</summary>
    public IReadOnlyList<SignUp> SignUps => _signUps;

    /// <summary>Decides the creation of a soirée. The session is then the fold of these events.</summary>
    public static Decision Create(string sessionId, string title, string? language, string joinCode, bool anonymous, string animatorId)
    {
        var code = Sessions.JoinCode.Normalize(joinCode)
            ?? throw new WorkshopException(ErrorCodes.InvalidArgument, "The join code is malformed.");
        return Decision.Of(new SessionCreated(
            Input.Id(sessionId, "sessionId"),
            Input.Line(title, Input.MaxTitleLength, "title"),
            CheckLanguage(language),
            code,
            anonymous,
            Input.Id(animatorId, "animatorId")));
    }

    /// <summary>Folds events (from sequence number 1) into a session.</summary>
    public static Session FromEvents(IEnumerable<StoredEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var session = new Session();
        foreach (var e in events)
        {
            session.Apply(e);
        }

        return session;
    }

    /// <summary>Restores a session from a snapshot; later events are then folded in with <see cref="Apply"/>.</summary>
    public static Session FromSnapshot(SessionSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var s = new Session
        {
            Id = snapshot.Id,
            Version = snapshot.Version,
            Title = snapshot.Title,
            Language = snapshot.Language,
            JoinCode = snapshot.JoinCode,
            State = snapshot.State,
            Anonymous = snapshot.Anonymous,
            JoiningLocked = snapshot.JoiningLocked,
            AnimatorId = snapshot.AnimatorId,
            CreatedAt = snapshot.CreatedAt,
            CurrentWorkshopId = snapshot.CurrentWorkshopId,
            BoardWorkshopId = snapshot.BoardWorkshopId,
        };
        s._workshops.AddRange(snapshot.Workshops);
        s._tables.AddRange(snapshot.Tables);
        foreach (var p in snapshot.Participants)
        {
            s._participants.Add(p.Id, p);
        }

        foreach (var n in snapshot.Notes)
        {
            s._notes.Add(n.Id, n);
        }

        foreach (var d in snapshot.DeletedNotes)
        {
            s._deletedNotes.Add(d.NoteId, d);
        }

        foreach (var c in snapshot.Clusters)
        {
            s._clusters.Add(c.Id, c);
        }

        s._votes.AddRange(snapshot.Votes);
        s._ratings.AddRange(snapshot.Ratings);
        s._stars.AddRange(snapshot.Stars);
        foreach (var p in snapshot.Pistes)
        {
            s._pistes.Add(p.Id, p);
        }

        s._signUps.AddRange(snapshot.SignUps);
        return s;
    }

    /// <summary>The whole state as plain data.</summary>
    public SessionSnapshot ToSnapshot() => new()
    {
        Id = Id,
        Version = Version,
        Title = Title,
        Language = Language,
        JoinCode = JoinCode,
        State = State,
        Anonymous = Anonymous,
        JoiningLocked = JoiningLocked,
        AnimatorId = AnimatorId,
        CreatedAt = CreatedAt,
        CurrentWorkshopId = CurrentWorkshopId,
        BoardWorkshopId = BoardWorkshopId,
        Workshops = [.. _workshops],
        Tables = [.. _tables],
        Participants = [.. _participants.Values],
        ParticipantCount = _participants.Count,
        Notes = [.. _notes.Values.OrderBy(n => n.Seq).ThenBy(n => n.Id, StringComparer.Ordinal)],
        DeletedNotes = [.. _deletedNotes.Values.OrderBy(d => d.Seq).ThenBy(d => d.NoteId, StringComparer.Ordinal)],
        Clusters = [.. _clusters.Values.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id, StringComparer.Ordinal)],
        Votes = [.. _votes],
        Ratings = [.. _ratings],
        Stars = [.. _stars],
        Pistes = [.. _pistes.Values.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id, StringComparer.Ordinal)],
        SignUps = [.. _signUps],
    };

    /// <summary>Finds a workshop.</summary>
    public Workshop? FindWorkshop(string workshopId) => _workshops.FirstOrDefault(w => w.Id == workshopId);

    /// <summary>Finds a participant.</summary>
    public Participant? FindParticipant(string participantId) => _participants.GetValueOrDefault(participantId);

    /// <summary>Finds a note.</summary>
    public Note? FindNote(string noteId) => _notes.GetValueOrDefault(noteId);

    /// <summary>Finds a table.</summary>
    public Table? FindTable(string tableId) => _tables.FirstOrDefault(t => t.Id == tableId);

    private static string CheckLanguage(string? language) => language switch
    {
        null or "" or "fr" => "fr",
        "en" => "en",
        _ => throw new WorkshopException(ErrorCodes.InvalidArgument, "The language is 'fr' or 'en'."),
    };
}
