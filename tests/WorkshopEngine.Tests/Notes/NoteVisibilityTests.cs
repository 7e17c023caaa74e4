using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Notes;
using StartupTerritoire.WorkshopEngine.Tests.Infrastructure;

namespace StartupTerritoire.WorkshopEngine.Tests.Notes;

public sealed class NoteVisibilityTests
{
    private const string Secret = "Une idée encore secrète";

    private static readonly Actor s_lea = new(Role.Participant, "lea");
    private static readonly Actor s_marc = new(Role.Participant, "marc");

    /// <summary>Who looks, and whether they may read Léa's hidden note at table t1.</summary>
    public static TheoryData<string, bool> Viewers => new()
    {
        { "author", true },
        { "other-participant", false },
        { "board", false },
        { "animator", true },
        { "host-of-the-table", true },
        { "host-of-the-table-by-actor", true },
        { "host-of-another-table", false },
    };

    private static Viewer ViewerNamed(string name) => name switch
    {
        "author" => Viewer.Of(s_lea),
        "other-participant" => Viewer.Of(s_marc),
        "board" => Viewer.Public,
        "animator" => Viewer.Animator,
        "host-of-the-table" => Viewer.Host("t1"),
        "host-of-the-table-by-actor" => Viewer.Of(new Actor(Role.CoAnimator, "co1", "t1")),
        "host-of-another-table" => Viewer.Of(new Actor(Role.CoAnimator, "co2", "t2")),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static SessionDriver LeaWroteAHiddenNote()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w1", WorkshopFormat.Emergence);
        d.AddWorkshop("w2", WorkshopFormat.Emergence);
        d.AddTable("t1", "w1", "co1");
        d.AddTable("t2", "w2", "co2");
        d.Join("lea", "t1");
        d.Join("marc", "t1");
        d.StartRound("w1", "ideation");
        d.AddNote(s_lea, "n1", "w1", "idee", Secret);
        return d;
    }

    [Theory]
    [MemberData(nameof(Viewers))]
    public void HiddenNoteEventShowsItsTextOnlyToItsAuthorAndStaff(string viewer, bool reads)
    {
        var d = LeaWroteAHiddenNote();
        var added = d.Events.Select(e => e.Event).OfType<NoteAdded>().Single();

        var seen = Assert.IsType<NoteAdded>(d.Session.ViewOf(added, ViewerNamed(viewer)));

        Assert.Equal(reads ? Secret : null, seen.Text);
        Assert.Equal("lea", seen.AuthorId);
        Assert.True(seen.Hidden);
    }

    [Theory]
    [MemberData(nameof(Viewers))]
    public void HiddenNoteInAViewShowsItsTextOnlyToItsAuthorAndStaff(string viewer, bool reads)
    {
        var d = LeaWroteAHiddenNote();

        var note = Assert.Single(d.Session.ViewFor(ViewerNamed(viewer)).Notes);

        Assert.Equal(reads ? Secret : string.Empty, note.Text);
        Assert.Equal(Secret, d.Session.FindNote("n1")!.Text);
    }

    [Theory]
    [MemberData(nameof(Viewers))]
    public void RevealedNoteIsReadByEveryone(string viewer, bool _)
    {
        var d = LeaWroteAHiddenNote();
        d.Execute((s, _) => s.RevealNotes(SessionDriver.Animator, "w1", null));
        var added = d.Events.Select(e => e.Event).OfType<NoteAdded>().Single();

        Assert.Equal(Secret, Assert.IsType<NoteAdded>(d.Session.ViewOf(added, ViewerNamed(viewer))).Text);
        Assert.Equal(Secret, Assert.Single(d.Session.ViewFor(ViewerNamed(viewer)).Notes).Text);
    }

    [Fact]
    public void EditingAHiddenNoteDoesNotLeakTheNewText()
    {
        var d = LeaWroteAHiddenNote();
        d.Execute((s, now) => s.EditNote(s_lea, now, "n1", "Encore plus secrète"));
        var edited = d.Events.Select(e => e.Event).OfType<NoteEdited>().Single();

        Assert.Null(Assert.IsType<NoteEdited>(d.Session.ViewOf(edited, Viewer.Public)).Text);
        Assert.Null(Assert.IsType<NoteEdited>(d.Session.ViewOf(edited, Viewer.Of(s_marc))).Text);
        Assert.Equal("Encore plus secrète", Assert.IsType<NoteEdited>(d.Session.ViewOf(edited, Viewer.Of(s_lea))).Text);
    }

    [Fact]
    public void RevealingChosenNotesLeavesTheOthersHidden()
    {
        var d = LeaWroteAHiddenNote();
        d.AddNote(s_marc, "n2", "w1", "idee", "Celle de Marc");

        var decision = d.Execute((s, _) => s.RevealNotes(SessionDriver.Animator, "w1", ["n2"]));

        Assert.Equal([new RevealedNote("n2", "Celle de Marc")], Assert.IsType<NotesRevealed>(Assert.Single(decision.Events)).Notes);
        Assert.True(d.Session.FindNote("n1")!.Hidden);
        Assert.False(d.Session.FindNote("n2")!.Hidden);
        Assert.True(d.Execute((s, _) => s.RevealNotes(SessionDriver.Animator, "w1", ["n2"])).IsEmpty);
    }

    [Fact]
    public void OnlyStaffOfTheWorkshopRevealNotes()
    {
        var d = LeaWroteAHiddenNote();

        d.Refuses(ErrorCodes.Forbidden, (s, _) => s.RevealNotes(s_lea, "w1", null));
        d.Refuses(ErrorCodes.Forbidden, (s, _) => s.RevealNotes(SessionDriver.Board, "w1", null));
        d.Refuses(ErrorCodes.Forbidden, (s, _) => s.RevealNotes(new Actor(Role.CoAnimator, "co2", "t2"), "w1", null));
        d.Execute((s, _) => s.RevealNotes(new Actor(Role.CoAnimator, "co1", "t1"), "w1", null));
        Assert.False(d.Session.FindNote("n1")!.Hidden);
    }

    [Fact]
    public void RevealingANoteOfAnotherWorkshopIsRefused()
    {
        var d = LeaWroteAHiddenNote();

        d.Refuses(ErrorCodes.NotFound, (s, _) => s.RevealNotes(SessionDriver.Animator, "w2", ["n1"]));
    }
}
