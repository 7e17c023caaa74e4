using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Sessions;
using StartupTerritoire.WorkshopEngine.Tests.Infrastructure;

namespace StartupTerritoire.WorkshopEngine.Tests.Sessions;

public sealed class EventSequenceTests
{
    [Fact]
    public void SequenceNumbersStartAtOneAndHaveNoGap()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w1", WorkshopFormat.Emergence);
        d.Join("p1");
        d.StartRound("w1", "cadrage");

        Assert.Equal(Enumerable.Range(1, d.Events.Count).Select(i => (long)i), d.Events.Select(e => e.Seq));
        Assert.Equal(d.Events[^1].Seq, d.Session.Version);
    }

    [Fact]
    public void ApplyingAnEventThatSkipsASequenceNumberThrows()
    {
        var d = SessionDriver.Opened();
        var version = d.Session.Version;

        Assert.Throws<InvalidOperationException>(() => d.Session.Apply(new StoredEvent(version + 2, d.Now, new JoiningChanged(true))));
        Assert.Equal(version, d.Session.Version);
        Assert.False(d.Session.JoiningLocked);
    }

    [Fact]
    public void ApplyingAnEventTwiceThrows()
    {
        var d = SessionDriver.Opened();

        Assert.Throws<InvalidOperationException>(() => d.Session.Apply(d.Events[^1]));
    }

    [Fact]
    public void FoldingTheStoredEventsGivesTheSameState()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w1", WorkshopFormat.Emergence);
        var p1 = d.Join("p1");
        d.StartRound("w1", "ideation");
        d.AddNote(p1, "n1", "w1", "idee");

        var replayed = Session.FromEvents(d.Events);

        Assert.Equal(SnapshotJson.Serialize(d.Session.ToSnapshot()), SnapshotJson.Serialize(replayed.ToSnapshot()));
    }

    [Fact]
    public void AnEmptyFoldIsAtVersionZero()
    {
        Assert.Equal(0, Session.FromEvents([]).Version);
    }
}
