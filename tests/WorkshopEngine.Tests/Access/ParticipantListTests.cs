using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Tests.Infrastructure;

namespace StartupTerritoire.WorkshopEngine.Tests.Access;

/// <summary>
/// Who gets the list of participants in a snapshot: the staff get it whole, a phone gets itself, a board nobody;
/// everyone gets the count, so a phone's snapshot does not grow with the hall.
/// </summary>
public sealed class ParticipantListTests
{
    private static readonly Actor s_lea = new(Role.Participant, "lea");

    private static SessionDriver HallOf(int people, bool anonymous = false, int? seed = null)
    {
        var d = SessionDriver.Opened(anonymous, seed);
        d.AddWorkshop("w1", WorkshopFormat.Emergence);
        d.AddTable("t1", "w1", "co1");
        d.Join("lea", "t1", "Léa");
        for (var i = 1; i < people; i++)
        {
            d.Join($"p{i}", i % 2 == 0 ? "t1" : null);
        }

        return d;
    }

    [Fact]
    public void AParticipantsSnapshotListsOnlyThemselfWithTheCountOfTheHall()
    {
        var d = HallOf(12);

        var view = d.Session.ViewFor(Viewer.Of(s_lea));

        var me = Assert.Single(view.Participants);
        Assert.Equal(("lea", "Léa", "t1"), (me.Id, me.Nickname, me.TableId));
        Assert.Equal(12, view.ParticipantCount);
    }

    [Fact]
    public void ABoardsSnapshotListsNobodyButCountsEveryone()
    {
        var d = HallOf(12);

        foreach (var board in new[] { Viewer.Public, Viewer.Of(SessionDriver.Board), Viewer.Of(new Actor(Role.Board, "board-t1", "t1")) })
        {
            var view = d.Session.ViewFor(board);
            Assert.Empty(view.Participants);
            Assert.Equal(12, view.ParticipantCount);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TheStaffGetTheWholeListWithEveryNickname(bool anonymous)
    {
        var d = HallOf(12, anonymous);
        var staff = new[]
        {
            Viewer.Animator,
            Viewer.Host("t1"),
            Viewer.Of(new Actor(Role.CoAnimator, "co1", "t1")),
            Viewer.Of(new Actor(Role.CoAnimator, "co-sans-table")),
        };

        foreach (var viewer in staff)
        {
            var view = d.Session.ViewFor(viewer);
            Assert.Equal(d.Session.Participants.Select(p => p.Id), view.Participants.Select(p => p.Id));
            Assert.Equal("Léa", view.Participants.Single(p => p.Id == "lea").Nickname);
            Assert.Equal(12, view.ParticipantCount);
        }
    }

    [Fact]
    public void AParticipantInAnAnonymousSoireeStillReadsTheirOwnNickname()
    {
        var d = HallOf(5, anonymous: true);

        Assert.Equal("Léa", Assert.Single(d.Session.ViewFor(Viewer.Of(s_lea)).Participants).Nickname);
    }

    [Fact]
    public void SomeoneNotInTheSoireeGetsNobodyListed()
    {
        var d = HallOf(5);

        var view = d.Session.ViewFor(Viewer.Of(new Actor(Role.Participant, "inconnu")));

        Assert.Empty(view.Participants);
        Assert.Equal(5, view.ParticipantCount);
    }

    [Fact]
    public void APhonesSnapshotIsTheSameInAHallOfTenAsInAHallOfAThousandButForTheCount()
    {
        // The same clock for both halls, so that only what the joins of others change can differ.
        var seed = Random.Shared.Next();
        var small = HallOf(10, seed: seed).Session.ViewFor(Viewer.Of(s_lea));
        var large = HallOf(1000, seed: seed).Session.ViewFor(Viewer.Of(s_lea));

        Assert.Equal((10, 1000), (small.ParticipantCount, large.ParticipantCount));
        Assert.Equal(
            SnapshotJson.Serialize(small with { Version = 0, ParticipantCount = 0 }),
            SnapshotJson.Serialize(large with { Version = 0, ParticipantCount = 0 }));
    }

    [Fact]
    public void TheWholeStateCountsEveryParticipantAndSurvivesBeingStored()
    {
        var d = HallOf(7);

        var whole = d.Session.ToSnapshot();
        var restored = WorkshopEngine.Sessions.Session.FromSnapshot(SnapshotJson.RoundTrip(whole)).ToSnapshot();

        Assert.Equal(7, whole.ParticipantCount);
        Assert.Equal(7, whole.Participants.Count);
        Assert.Equal(SnapshotJson.Serialize(whole), SnapshotJson.Serialize(restored));
    }
}
