using StartupTerritoire.Server.Storage;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Groups;
using StartupTerritoire.WorkshopEngine.Groups.Events;
using StartupTerritoire.WorkshopEngine.Pistes;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Tests.Storage;

/// <summary>A working group's log, snapshot and erasure, in the same stores as the soirées.</summary>
public abstract partial class SessionStoreContractTests
{
    private static readonly ContactDetails s_odile = new("Odile Chabert", "odile.chabert@example.fr", "+33 6 12 34 56 78");

    [Fact]
    public async Task AGroupsLogIsKeptAndReadBackEventForEventWithItsOriginDatesAndContacts()
    {
        var group = NewId("group");
        var events = GroupLog(group);

        Assert.Equal(AppendResult.Appended(events.Length), await Store.AppendAsync(group, 0, events, requestId: null).DefaultTimeout());

        var read = await Store.ReadEventsAsync(group, 0, 100).DefaultTimeout();
        AssertSameEvents(events, read);
        Assert.Equal(new DateOnly(2027, 3, 31), Assert.IsType<MilestoneSet>(read[4].Event).Milestone.Due);
        Assert.Equivalent(WorkingGroup.FromEvents(events).ToSnapshot(), WorkingGroup.FromEvents(read).ToSnapshot(), strict: true);
    }

    [Fact]
    public async Task AGroupSnapshotLoadsBackUnchangedAndAnOlderOneDoesNotReplaceIt()
    {
        var group = NewId("group");
        var events = GroupLog(group);
        var full = WorkingGroup.FromEvents(events).ToSnapshot();
        var older = WorkingGroup.FromEvents(events[..3]).ToSnapshot();

        await Store.SaveGroupSnapshotAsync(full).DefaultTimeout();
        await Store.SaveGroupSnapshotAsync(older).DefaultTimeout();

        var loaded = await Store.LoadGroupSnapshotAsync(group).DefaultTimeout();
        Assert.NotNull(loaded);
        Assert.Equal(SessionJson.SerializeGroupSnapshot(full), SessionJson.SerializeGroupSnapshot(loaded));
        Assert.Null(await Store.LoadGroupSnapshotAsync(NewId("group")).DefaultTimeout());
    }

    [Fact]
    public async Task RewritingEventsWritesTheCopiesOverTheirOriginalsKeepsSequenceAndInstantAndDropsTheSnapshot()
    {
        var group = NewId("group");
        var events = GroupLog(group);
        await Store.AppendAsync(group, 0, events, requestId: null).DefaultTimeout();
        await Store.SaveGroupSnapshotAsync(WorkingGroup.FromEvents(events).ToSnapshot()).DefaultTimeout();

        var copies = events.Select(e => WorkingGroup.ErasedCopy(e.Event, "inv-odile") is { } copy ? e with { Event = copy } : null).OfType<StoredEvent>().ToList();
        Assert.NotEmpty(copies);
        await Store.RewriteEventsAsync(group, copies).DefaultTimeout();

        var read = await Store.ReadEventsAsync(group, 0, 100).DefaultTimeout();
        AssertSameEvents([.. events.Select(e => copies.FirstOrDefault(c => c.Seq == e.Seq) ?? e)], read);
        // Her id stays (it names nobody: a random token in a real group); her nickname and contact are gone.
        Assert.DoesNotContain(read, e => SessionJson.SerializeEvent(e.Event).Contains("Odile", StringComparison.Ordinal));
        Assert.DoesNotContain(read, e => SessionJson.SerializeEvent(e.Event).Contains("chabert", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(read, e => SessionJson.SerializeEvent(e.Event).Contains("Mon tracteur le week-end", StringComparison.Ordinal));
        Assert.Null(await Store.LoadGroupSnapshotAsync(group).DefaultTimeout());
        Assert.Equal(events.Length, await Store.GetVersionAsync(group).DefaultTimeout());
    }

    [Fact]
    public async Task ARewriteWithACopyOfAnotherTypeOrAMissingEventWritesNothing()
    {
        var group = NewId("group");
        var events = GroupLog(group);
        await Store.AppendAsync(group, 0, events, requestId: null).DefaultTimeout();
        var erased = events[1] with { Event = WorkingGroup.ErasedCopy(events[1].Event, "inv-odile")! };

        await Assert.ThrowsAsync<ArgumentException>(() => Store.RewriteEventsAsync(group, [erased, events[3] with { Event = new MemberLeft("inv-odile", true) }])).DefaultTimeout();
        await Assert.ThrowsAsync<ArgumentException>(() => Store.RewriteEventsAsync(group, [erased, events[0] with { Seq = 99 }])).DefaultTimeout();

        AssertSameEvents(events, await Store.ReadEventsAsync(group, 0, 100).DefaultTimeout());
    }

    // Creation, an invited volunteer with her contact who joins, a canvas entry of hers, a milestone and a meeting.
    private static StoredEvent[] GroupLog(string group)
    {
        var origin = new GroupOrigin("soiree-1", "Soirée créative de Joyeuse", At, "w-emergence", "Se déplacer sans voiture", "p-1", "Navette solidaire",
            [new OriginCluster("c-1", "Navette", 5, false, [new OriginNote("n-1", "Une navette le samedi matin 🚐", "idee", 3, true)])], 4.25, 12);
        StreamEvent[] events =
        [
            new GroupCreated(group, "Navette solidaire du samedi", "Aller au marché sans voiture", "fr", "ACDEFGHJ", origin, "seat-1", "seat-2"),
            new MemberInvited(new Invitation("inv-odile", "Odile", s_odile)),
            new MemberJoined("inv-odile", "Odile", MemberKind.Member, null, s_odile, "inv-odile"),
            new CanvasItemAdded("i-1", "ressources", "Mon tracteur le week-end", "inv-odile", null),
            new MilestoneSet(new Milestone("j-1", "Étude de besoins", new DateOnly(2027, 3, 31), MilestoneStatus.InProgress, null)),
            new MeetingSet(new Meeting("r-1", "Réunion de lancement", At.AddDays(20), 90, "Salle des fêtes", "Le canvas", string.Empty, ["Tester en février"])),
        ];
        return [.. events.Select((e, i) => new StoredEvent(i + 1, At.AddMinutes(i), e))];
    }
}
