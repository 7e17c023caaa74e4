using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Groups.Events;

namespace StartupTerritoire.WorkshopEngine.Groups;

/// <summary>
/// The working group aggregate (phase 3): born from a piste of an evening or from scratch, run by two co-animators
/// for 12 to 24 months. Like the soirée, its state is the fold of its events: commands check the caller and the
/// rules and return a <see cref="Decision"/> without changing anything; <see cref="Apply"/> folds a stored event in.
/// </summary>
public sealed partial class WorkingGroup
{
    /// <summary>The longest one-line promise.</summary>
    public const int MaxPromiseLength = 200;

    private readonly string[] _seats = [string.Empty, string.Empty];
    private readonly Dictionary<string, GroupMember> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Invitation> _invitations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CanvasItem> _canvas = new(StringComparer.Ordinal);
    private readonly List<CanvasVersion> _versions = [];
    private readonly Dictionary<string, Milestone> _milestones = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActionItem> _actions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Meeting> _meetings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Exchange> _exchanges = new(StringComparer.Ordinal);
    private readonly List<GroupChange> _history = [];

    private WorkingGroup()
    {
    }

    /// <summary>The group id.</summary>
    public string Id { get; private set; } = string.Empty;

    /// <summary>The sequence number of the last event folded in (0 before creation).</summary>
    public long Version { get; private set; }

    /// <summary>The project's name.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>The project's one-line promise.</summary>
    public string Promise { get; private set; } = string.Empty;

    /// <summary>Where the project stands.</summary>
    public GroupStage Stage { get; private set; }

    /// <summary>The project's theme: a seed theme's key or a free text; null when none was chosen.</summary>
    public string? Theme { get; private set; }

    /// <summary>Why the project stopped, when its stage is <see cref="GroupStage.Stopped"/>.</summary>
    public string? StopReason { get; private set; }

    /// <summary>What the group publishes.</summary>
    public Publication Publication { get; private set; } = Publication.None;

    /// <summary>"fr" (default) or "en".</summary>
    public string Language { get; private set; } = "fr";

    /// <summary>The code members join with.</summary>
    public string JoinCode { get; private set; } = string.Empty;

    /// <summary>When the group was created.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the group was closed; retention counts from here.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Why it was closed.</summary>
    public string? ClosedReason { get; private set; }

    /// <summary>The evening it came from, quoted; null for a group started from scratch.</summary>
    public GroupOrigin? Origin { get; private set; }

    /// <summary>The principals holding seat 1 and seat 2.</summary>
    public IReadOnlyList<string> Seats => _seats;

    /// <summary>Everyone who is or was in the group.</summary>
    public IReadOnlyCollection<GroupMember> Members => _members.Values;

    /// <summary>The personal invitations.</summary>
    public IReadOnlyCollection<Invitation> Invitations => _invitations.Values;

    /// <summary>The canvas as it stands.</summary>
    public IReadOnlyCollection<CanvasItem> Canvas => _canvas.Values;

    /// <summary>The canvas versions, oldest first.</summary>
    public IReadOnlyList<CanvasVersion> CanvasVersions => _versions;

    /// <summary>The milestones.</summary>
    public IReadOnlyCollection<Milestone> Milestones => _milestones.Values;

    /// <summary>The actions.</summary>
    public IReadOnlyCollection<ActionItem> Actions => _actions.Values;

    /// <summary>The meetings.</summary>
    public IReadOnlyCollection<Meeting> Meetings => _meetings.Values;

    /// <summary>The needs and offers.</summary>
    public IReadOnlyCollection<Exchange> Exchanges => _exchanges.Values;

    /// <summary>The history, oldest first.</summary>
    public IReadOnlyList<GroupChange> History => _history;

    /// <summary>Decides the creation of a group; seat principals are made by the caller (their links are secret).</summary>
    public static Decision Create(string groupId, string name, string? promise, string? language, string joinCode, GroupOrigin? origin, string seat1, string seat2)
    {
        var code = Sessions.JoinCode.Normalize(joinCode)
            ?? throw new WorkshopException(ErrorCodes.InvalidArgument, "The join code is malformed.");
        if (Input.Id(seat1, "seat1") == Input.Id(seat2, "seat2"))
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "The two seats are held by two principals.");
        }

        return Decision.Of(new GroupCreated(
            Input.Id(groupId, "groupId"),
            Input.Line(name, Input.MaxTitleLength, "name"),
            Input.Optional(promise, MaxPromiseLength, "promise", allowNewLines: false),
            language switch
            {
                null or "" or "fr" => "fr",
                "en" => "en",
                _ => throw new WorkshopException(ErrorCodes.InvalidArgument, "The language is 'fr' or 'en'."),
            },
            code,
            origin,
            seat1,
            seat2));
    }

    /// <summary>Folds events (from sequence number 1) into a group.</summary>
    public static WorkingGroup FromEvents(IEnumerable<StoredEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var group = new WorkingGroup();
        foreach (var e in events)
        {
            group.Apply(e);
        }

        return group;
    }

    /// <summary>Restores a group from a snapshot; later events are then folded in with <see cref="Apply"/>.</summary>
    public static WorkingGroup FromSnapshot(GroupSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var g = new WorkingGroup
        {
            Id = snapshot.Id,
            Version = snapshot.Version,
            Name = snapshot.Name,
            Promise = snapshot.Promise,
            Stage = snapshot.Stage,
            Language = snapshot.Language,
            JoinCode = snapshot.JoinCode,
            CreatedAt = snapshot.CreatedAt,
            ClosedAt = snapshot.ClosedAt,
            ClosedReason = snapshot.ClosedReason,
            Origin = snapshot.Origin,
            Theme = snapshot.Theme,
            StopReason = snapshot.StopReason,
            Publication = snapshot.Publication ?? Publication.None,
        };
        for (var i = 0; i < Math.Min(2, snapshot.Seats.Count); i++)
        {
            g._seats[i] = snapshot.Seats[i];
        }

        Fill(g._members, snapshot.Members, m => m.Id);
        Fill(g._invitations, snapshot.Invitations, i => i.Id);
        Fill(g._canvas, snapshot.Canvas, c => c.Id);
        g._versions.AddRange(snapshot.CanvasVersions);
        Fill(g._milestones, snapshot.Milestones, m => m.Id);
        Fill(g._actions, snapshot.Actions, a => a.Id);
        Fill(g._meetings, snapshot.Meetings, m => m.Id);
        Fill(g._exchanges, snapshot.Exchanges ?? [], e => e.Id);
        g._history.AddRange(snapshot.History);
        return g;
    }

    /// <summary>The whole state as plain data, in a stable order.</summary>
    public GroupSnapshot ToSnapshot() => new()
    {
        Id = Id,
        Version = Version,
        Name = Name,
        Promise = Promise,
        Stage = Stage,
        Language = Language,
        JoinCode = JoinCode,
        CreatedAt = CreatedAt,
        ClosedAt = ClosedAt,
        ClosedReason = ClosedReason,
        Origin = Origin,
        Theme = Theme,
        StopReason = StopReason,
        Publication = Publication,
        Seats = [.. _seats],
        Members = [.. _members.Values.OrderBy(m => m.JoinedAt).ThenBy(m => m.Id, StringComparer.Ordinal)],
        Invitations = [.. _invitations.Values.OrderBy(i => i.Nickname, StringComparer.Ordinal).ThenBy(i => i.Id, StringComparer.Ordinal)],
        Canvas = [.. OrderedCanvas(_canvas.Values)],
        CanvasVersions = [.. _versions],
        Milestones = [.. _milestones.Values.OrderBy(m => m.Due ?? DateOnly.MaxValue).ThenBy(m => m.Id, StringComparer.Ordinal)],
        Actions = [.. _actions.Values.OrderBy(a => a.Done).ThenBy(a => a.Due ?? DateOnly.MaxValue).ThenBy(a => a.ChangedAt)],
        Meetings = [.. _meetings.Values.OrderBy(m => m.StartsAt).ThenBy(m => m.Id, StringComparer.Ordinal)],
        Exchanges = [.. _exchanges.Values.OrderBy(e => e.Kind).ThenBy(e => e.ChangedAt).ThenBy(e => e.Id, StringComparer.Ordinal)],
        History = [.. _history],
    };

    /// <summary>Whether the group was closed.</summary>
    public bool IsClosed => ClosedAt is not null;

    /// <summary>Finds a member.</summary>
    public GroupMember? FindMember(string memberId) => _members.GetValueOrDefault(memberId);

    /// <summary>Finds a meeting.</summary>
    public Meeting? FindMeeting(string meetingId) => _meetings.GetValueOrDefault(meetingId);

    /// <summary>The seat (1 or 2) a principal holds, or 0.</summary>
    public int SeatOf(string principalId) => Array.IndexOf(_seats, principalId) + 1;

    /// <summary>The canvas as it stood at a version the co-animators set.</summary>
    public CanvasVersion? FindCanvasVersion(int number) => _versions.FirstOrDefault(v => v.Number == number);

    /// <summary>What changed after a sequence number ("depuis votre dernière visite").</summary>
    public IReadOnlyList<GroupChange> ChangesSince(long seq) => [.. _history.Where(h => h.Seq > seq)];

    /// <summary>The canvas in block order, then by when each entry was last changed.</summary>
    internal static IEnumerable<CanvasItem> OrderedCanvas(IEnumerable<CanvasItem> items) =>
        items.OrderBy(i => BlockIndex(i.Block)).ThenBy(i => i.ChangedAt).ThenBy(i => i.Id, StringComparer.Ordinal);

    private static void Fill<T>(Dictionary<string, T> into, IEnumerable<T> items, Func<T, string> key)
    {
        foreach (var item in items)
        {
            into.Add(key(item), item);
        }
    }

    private static int BlockIndex(string block)
    {
        for (var i = 0; i < CanvasBlocks.All.Count; i++)
        {
            if (CanvasBlocks.All[i].Id == block)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
