using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Tests.Infrastructure;

namespace StartupTerritoire.WorkshopEngine.Tests.Notes;

public sealed class NoteEditingTests
{
    private static readonly Actor s_anim = SessionDriver.Animator;

    private static (SessionDriver Driver, Actor Lea, Actor Marc) LeaWroteANote()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w1", WorkshopFormat.Essaimage);
        d.AddWorkshop("w2", WorkshopFormat.Essaimage);
        d.AddTable("t1", "w1", "co1");
        d.AddTable("t2", "w2", "co2");
        var lea = d.Join("lea", "t1");
        var marc = d.Join("marc", "t1");
        d.StartRound("w1", "transposition");
        d.AddNote(lea, "n1", "w1", "obstacles", "Pas de local");
        return (d, lea, marc);
    }

    [Fact]
    public void AuthorEditsMovesRecoloursAndDeletesTheirNoteDuringItsRound()
    {
        var (d, lea, _) = LeaWroteANote();

        d.Execute((s, now) => s.EditNote(lea, now, "n1", "Pas de local chauffé"));
        d.Execute((s, now) => s.MoveNote(lea, now, "n1", "a-adapter"));
        d.Execute((s, now) => s.RecolourNote(lea, now, "n1", "rose"));

        var note = d.Session.FindNote("n1")!;
        Assert.Equal(("Pas de local chauffé", "a-adapter", "rose"), (note.Text, note.Column, note.Colour));
        Assert.Equal(d.Now, note.UpdatedAt);
        d.Execute((s, now) => s.DeleteNote(lea, now, "n1"));
        Assert.Null(d.Session.FindNote("n1"));
    }

    [Fact]
    public void MovingANoteToAColumnItsRoundDoesNotHaveIsRefused()
    {
        var (d, lea, _) = LeaWroteANote();

        d.Refuses(ErrorCodes.ColumnNotAllowed, (s, now) => s.MoveNote(lea, now, "n1", "idee"));
    }

    [Fact]
    public void AuthorCannotChangeTheirNoteOnceItsRoundHasEnded()
    {
        var (d, lea, _) = LeaWroteANote();
        d.Execute((s, _) => s.EndRound(s_anim, "w1", "transposition"));

        d.Refuses(ErrorCodes.RoundClosed, (s, now) => s.EditNote(lea, now, "n1", "Trop tard"));
        d.Refuses(ErrorCodes.RoundClosed, (s, now) => s.DeleteNote(lea, now, "n1"));
    }

    [Fact]
    public void AuthorCannotChangeTheirNoteWhileALaterRoundRuns()
    {
        var (d, lea, _) = LeaWroteANote();
        var r = d.Round("w1", "regroupement");
        d.Execute((s, _) => s.UpdateRound(s_anim, "w1", "regroupement", r.Name, r.Instructions, r.Duration,
            r.Rules with { Columns = [new("obstacles", "Obstacles")] }, false));
        d.StartRound("w1", "regroupement");

        d.Refuses(ErrorCodes.RoundClosed, (s, now) => s.EditNote(lea, now, "n1", "Trop tard"));
    }

    [Fact]
    public void AnimatorChangesAnyNoteAtAnyTime()
    {
        var (d, _, _) = LeaWroteANote();
        d.Execute((s, _) => s.EndRound(s_anim, "w1", "transposition"));
        d.Advance(TimeSpan.FromHours(2));

        d.Execute((s, now) => s.EditNote(s_anim, now, "n1", "Pas de local (modéré)"));
        Assert.Equal("Pas de local (modéré)", d.Session.FindNote("n1")!.Text);
        d.Execute((s, now) => s.DeleteNote(s_anim, now, "n1"));
        Assert.Empty(d.Session.Notes);
    }

    [Fact]
    public void CoAnimatorOfTheTableChangesItsNotesButNotAnotherTables()
    {
        var (d, _, _) = LeaWroteANote();

        d.Execute((s, now) => s.EditNote(new Actor(Role.CoAnimator, "co1", "t1"), now, "n1", "Relu par la table"));

        Assert.Equal("Relu par la table", d.Session.FindNote("n1")!.Text);
        d.Refuses(ErrorCodes.Forbidden, (s, now) => s.EditNote(new Actor(Role.CoAnimator, "co2", "t2"), now, "n1", "Intrus"));
    }

    [Fact]
    public void AnotherParticipantCannotChangeSomeoneElsesNote()
    {
        var (d, _, marc) = LeaWroteANote();

        d.Refuses(ErrorCodes.Forbidden, (s, now) => s.EditNote(marc, now, "n1", "Intrus"));
        d.Refuses(ErrorCodes.Forbidden, (s, now) => s.DeleteNote(marc, now, "n1"));
        d.Refuses(ErrorCodes.Forbidden, (s, now) => s.MoveNote(marc, now, "n1", "tel-quel"));
        d.Refuses(ErrorCodes.Forbidden, (s, now) => s.RecolourNote(marc, now, "n1", "rose"));
    }

    [Fact]
    public void TheBoardCannotChangeANote()
    {
        var (d, _, _) = LeaWroteANote();

        d.Refuses(ErrorCodes.Forbidden, (s, now) => s.EditNote(SessionDriver.Board, now, "n1", "Écran"));
        d.Refuses(ErrorCodes.Forbidden, (s, now) => s.DeleteNote(SessionDriver.Board, now, "n1"));
    }

    [Fact]
    public void ChangingAnUnknownNoteIsRefused()
    {
        var (d, lea, _) = LeaWroteANote();

        d.Refuses(ErrorCodes.NotFound, (s, now) => s.EditNote(lea, now, "n404", "Rien"));
    }

    [Fact]
    public void DeletingANoteTakesItsDotsAndStarsWithIt()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w1", WorkshopFormat.Emergence);
        var lea = d.Join("lea");
        d.StartRound("w1", "regroupement");
        d.AddNote(lea, "n1", "w1", "idee");
        d.StartRound("w1", "vote");
        d.Execute((s, now) => s.CastVote(lea, now, "w1", "n1"));
        d.Execute((s, now) => s.Star(s_anim, now, "w1", "n1", true));

        d.Execute((s, now) => s.DeleteNote(s_anim, now, "n1"));

        Assert.Empty(d.Session.Votes);
        Assert.Empty(d.Session.Stars);
    }
}
