using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Rounds;
using StartupTerritoire.WorkshopEngine.Sessions;

namespace StartupTerritoire.WorkshopEngine.Tests.Infrastructure;

/// <summary>
/// Drives a session the way the server does: decide with the fake clock's "now", stamp the events with the next
/// sequence numbers, fold them in and keep them. The clock starts at a random instant drawn from <see cref="Seed"/>;
/// set ENGINE_TEST_SEED to replay a failure.
/// </summary>
internal sealed class SessionDriver
{
    public const string AnimatorId = "anim";

    private static readonly DateTimeOffset s_epoch = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly List<StoredEvent> _events = [];

    public SessionDriver(int? seed = null)
    {
        Seed = seed ?? SeedFromEnvironment() ?? Random.Shared.Next();
        var random = new Random(Seed);
        Start = s_epoch + TimeSpan.FromTicks(random.NextInt64(TimeSpan.FromDays(3650).Ticks));
        Time = new FakeTimeProvider(Start);
        Session = Session.FromEvents([]);
    }

    public static Actor Animator { get; } = new(Role.Animator, AnimatorId);

    public static Actor Board { get; } = new(Role.Board, "board");

    public int Seed { get; }

    public DateTimeOffset Start { get; }

    public FakeTimeProvider Time { get; }

    public Session Session { get; }

    public IReadOnlyList<StoredEvent> Events => _events;

    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>What a failing assertion needs to be replayed.</summary>
    public string Replay => string.Create(CultureInfo.InvariantCulture,
        $"[replay: ENGINE_TEST_SEED={Seed}, clock started at {Start:O}, now {Now:O}, version {Session.Version}]");

    /// <summary>A created, opened, non-anonymous soirée.</summary>
    public static SessionDriver Opened(bool anonymous = false, int? seed = null)
    {
        var driver = Created(anonymous, seed);
        driver.Execute((s, _) => s.Open(Animator));
        return driver;
    }

    /// <summary>A created soirée, still in draft.</summary>
    public static SessionDriver Created(bool anonymous = false, int? seed = null)
    {
        var driver = new SessionDriver(seed);
        driver.Execute((_, _) => Session.Create("soiree-joyeuse", "Soirée créative du Pays Beaume-Drobie", "fr", "acde-fghj", anonymous, AnimatorId));
        return driver;
    }

    /// <summary>Decides at the clock's "now", then stores and folds the events like the server.</summary>
    public Decision Execute(Func<Session, DateTimeOffset, Decision> command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = Now;
        var decision = command(Session, now);
        foreach (var e in decision.Events)
        {
            var stored = new StoredEvent(Session.Version + 1, now, e);
            Session.Apply(stored);
            _events.Add(stored);
        }

        return decision;
    }

    /// <summary>Asserts the command is refused with <paramref name="code"/> and that nothing changed.</summary>
    public WorkshopException Refuses(string code, Func<Session, DateTimeOffset, Decision> command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var version = Session.Version;
        var before = SnapshotJson.Serialize(Session.ToSnapshot());
        WorkshopException? refused = null;
        try
        {
            var decision = command(Session, Now);
            Assert.Fail($"Expected '{code}' but {decision.Events.Count} event(s) were decided. {Replay}");
        }
        catch (WorkshopException ex)
        {
            refused = ex;
        }

        Assert.True(refused.Code == code, $"Expected '{code}' but got '{refused.Code}' ({refused.Message}). {Replay}");
        Assert.True(Session.Version == version, $"A refused command moved the version. {Replay}");
        Assert.True(before == SnapshotJson.Serialize(Session.ToSnapshot()), $"A refused command changed the state. {Replay}");
        return refused;
    }

    /// <summary>Moves the fake clock on.</summary>
    public void Advance(TimeSpan by) => Time.Advance(by);

    public Actor Join(string participantId, string? tableId = null, string? nickname = null)
    {
        Execute((s, _) => s.Join(participantId, nickname ?? "Pseudo " + participantId, tableId));
        return new Actor(Role.Participant, participantId);
    }

    public void AddWorkshop(string workshopId, WorkshopFormat format, string? title = null) =>
        Execute((s, _) => s.AddWorkshop(Animator, workshopId, format, title ?? "Atelier " + workshopId, WorkshopInputs.For(format)));

    public void AddTable(string tableId, string workshopId, string coAnimatorId)
    {
        Execute((s, _) => s.AddTable(Animator, tableId, "Table " + tableId, workshopId));
        Execute((s, _) => s.AssignCoAnimator(Animator, tableId, coAnimatorId));
    }

    public void StartRound(string workshopId, string roundId, Actor? by = null) =>
        Execute((s, now) => s.StartRound(by ?? Animator, now, workshopId, roundId));

    public Decision AddNote(Actor author, string noteId, string workshopId, string column, string text = "Une idée") =>
        Execute((s, now) => s.AddNote(author, now, noteId, workshopId, column, text, null));

    public Round Round(string workshopId, string roundId) =>
        Session.FindWorkshop(workshopId)?.FindRound(roundId) ?? throw new InvalidOperationException($"No round {workshopId}/{roundId}.");

    private static int? SeedFromEnvironment() =>
        int.TryParse(Environment.GetEnvironmentVariable("ENGINE_TEST_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : null;
}
