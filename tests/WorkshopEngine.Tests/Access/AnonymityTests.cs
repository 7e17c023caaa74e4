using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Tests.Infrastructure;

namespace StartupTerritoire.WorkshopEngine.Tests.Access;

public sealed class AnonymityTests
{
    private static readonly Actor s_lea = new(Role.Participant, "lea");

    private static SessionDriver LeaWroteANote(bool anonymous)
    {
        var d = SessionDriver.Opened(anonymous);
        d.AddWorkshop("w1", WorkshopFormat.Emergence);
        d.AddTable("t1", "w1", "co1");
        d.Join("lea", "t1", "Léa");
        d.Join("marc", "t1", "Marc");
        d.StartRound("w1", "regroupement");
        d.AddNote(s_lea, "n1", "w1", "idee", "Un marché de nuit");
        return d;
    }

    public static TheoryData<string, bool> Viewers => new()
    {
        { "board", false },
        { "other-participant", false },
        { "self", true },
        { "host", true },
        { "animator", true },
    };

    private static Viewer ViewerNamed(string name) => name switch
    {
        "board" => Viewer.Public,
        "other-participant" => Viewer.Of(new Actor(Role.Participant, "marc")),
        "self" => Viewer.Of(s_lea),
        "host" => Viewer.Host("t1"),
        _ => Viewer.Animator,
    };

    [Theory]
    [MemberData(nameof(Viewers))]
    public void AnAnonymousSessionHidesNicknamesFromThePublicButNotFromStaff(string viewer, bool sees)
    {
        var d = LeaWroteANote(anonymous: true);
        var joined = d.Events.Select(e => e.Event).OfType<ParticipantJoined>().Single(e => e.ParticipantId == "lea");

        Assert.Equal(sees ? "Léa" : string.Empty, Assert.IsType<ParticipantJoined>(d.Session.ViewOf(joined, ViewerNamed(viewer))).Nickname);
        // A snapshot lists Léa only to those who may read her nickname (the staff, and herself); others get the count.
        var listed = d.Session.ViewFor(ViewerNamed(viewer)).Participants.SingleOrDefault(p => p.Id == "lea");
        Assert.Equal(sees ? "Léa" : null, listed?.Nickname);
    }

    [Theory]
    [MemberData(nameof(Viewers))]
    public void AnAnonymousSessionHidesAuthorsFromThePublicButNotFromStaff(string viewer, bool sees)
    {
        var d = LeaWroteANote(anonymous: true);
        var added = d.Events.Select(e => e.Event).OfType<NoteAdded>().Single();

        var seenEvent = Assert.IsType<NoteAdded>(d.Session.ViewOf(added, ViewerNamed(viewer)));
        var seenNote = Assert.Single(d.Session.ViewFor(ViewerNamed(viewer)).Notes);

        Assert.Equal(sees ? "lea" : string.Empty, seenEvent.AuthorId);
        Assert.Equal(sees ? "lea" : string.Empty, seenNote.AuthorId);
        Assert.Equal("Un marché de nuit", seenNote.Text);
    }

    [Theory]
    [MemberData(nameof(Viewers))]
    public void ASessionThatIsNotAnonymousShowsNicknamesAndAuthorsToEveryone(string viewer, bool _)
    {
        var d = LeaWroteANote(anonymous: false);

        var joined = d.Events.Select(e => e.Event).OfType<ParticipantJoined>().Single(e => e.ParticipantId == "lea");
        var view = d.Session.ViewFor(ViewerNamed(viewer));

        Assert.Equal("Léa", Assert.IsType<ParticipantJoined>(d.Session.ViewOf(joined, ViewerNamed(viewer))).Nickname);
        Assert.Equal("lea", Assert.Single(view.Notes).AuthorId);
    }

    [Fact]
    public void TheAnimatorCanMakeTheSessionAnonymousLater()
    {
        var d = LeaWroteANote(anonymous: false);

        d.Execute((s, _) => s.UpdateSettings(SessionDriver.Animator, d.Session.Title, "fr", anonymous: true));

        Assert.True(d.Session.Anonymous);
        Assert.Equal(string.Empty, Assert.Single(d.Session.ViewFor(Viewer.Public).Notes).AuthorId);
        Assert.True(d.Execute((s, _) => s.UpdateSettings(SessionDriver.Animator, d.Session.Title, null, anonymous: true)).IsEmpty);
    }
}
