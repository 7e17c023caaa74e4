using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Groups;

namespace StartupTerritoire.WorkshopEngine.Tests.Groups;

/// <summary>Drives a working group the way the server does: decide, number the events, fold them in and keep them.</summary>
internal sealed class GroupDriver
{
    private readonly List<StoredEvent> _events = [];

    private GroupDriver(WorkingGroup group) => Group = group;

    public static Actor Seat1 { get; } = new(Role.CoAnimator, "seat-1");

    public static Actor Seat2 { get; } = new(Role.CoAnimator, "seat-2");

    public static Actor EveningAnimator { get; } = new(Role.Animator, "anim");

    public WorkingGroup Group { get; private set; }

    public IReadOnlyList<StoredEvent> Events => _events;

    public DateTimeOffset Now { get; set; } = new(2026, 11, 20, 20, 0, 0, TimeSpan.FromHours(1));

    public static GroupDriver Created(GroupOrigin? origin = null, string id = "group-navette")
    {
        var driver = new GroupDriver(WorkingGroup.FromEvents([]));
        driver.Execute(_ => WorkingGroup.Create(id, "Navette solidaire du samedi", "Aller au marché sans voiture", "fr", "acde-fghj", origin, Seat1.Id, Seat2.Id));
        return driver;
    }

    public static Actor Member(string id) => new(Role.Participant, id);

    public Decision Execute(Func<WorkingGroup, Decision> command)
    {
        var decision = command(Group);
        foreach (var e in decision.Events)
        {
            var stored = new StoredEvent(Group.Version + 1, Now, e);
            Group.Apply(stored);
            _events.Add(stored);
        }

        return decision;
    }

    /// <summary>Asserts the command is refused with <paramref name="code"/> and that nothing changed.</summary>
    public void Refuses(string code, Func<WorkingGroup, Decision> command)
    {
        var version = Group.Version;
        var error = Assert.Throws<WorkshopException>(() => command(Group));
        Assert.Equal(code, error.Code);
        Assert.Equal(version, Group.Version);
    }

    /// <summary>The group folded again from its events alone, and from a snapshot: both must equal the live one.</summary>
    public void AssertReplays()
    {
        var replayed = WorkingGroup.FromEvents(_events);
        Assert.Equivalent(Group.ToSnapshot(), replayed.ToSnapshot(), strict: true);
        var restored = WorkingGroup.FromSnapshot(Group.ToSnapshot());
        Assert.Equivalent(Group.ToSnapshot(), restored.ToSnapshot(), strict: true);
    }
}
