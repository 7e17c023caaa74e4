using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Clustering;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Pistes;
using StartupTerritoire.WorkshopEngine.Rounds;
using StartupTerritoire.WorkshopEngine.Tests.Infrastructure;

namespace StartupTerritoire.WorkshopEngine.Tests.Formats;

public sealed class EmergenceScriptTests
{
    private static readonly Actor s_anim = SessionDriver.Animator;

    [Fact]
    public void EmergenceDefaultScriptRunsFromCadrageToPistes()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w1", WorkshopFormat.Emergence);
        var lea = d.Join("lea");
        var marc = d.Join("marc");
        Assert.Equal(["cadrage", "ideation", "regroupement", "vote", "pistes"], d.Session.FindWorkshop("w1")!.Rounds.Select(r => r.Id));

        // Cadrage: the défi is on the board, nobody writes.
        d.StartRound("w1", "cadrage");
        Assert.Equal("w1", d.Session.CurrentWorkshopId);
        d.Refuses(ErrorCodes.RoundClosed, (s, now) => s.AddNote(lea, now, "n0", "w1", "idee", "Trop tôt", null));

        // Idéation silencieuse: notes stay hidden from everyone but their author and staff.
        d.Advance(TimeSpan.FromMinutes(2));
        d.StartRound("w1", "ideation");
        Assert.Equal(RoundEndReason.Completed, d.Round("w1", "cadrage").EndReason);
        d.AddNote(lea, "n1", "w1", "idee", "Une navette partagée le samedi");
        d.AddNote(lea, "n2", "w1", "idee", "Un café associatif dans l'ancienne école");
        d.AddNote(marc, "n3", "w1", "idee", "Du covoiturage vers le marché");
        d.AddNote(marc, "n4", "w1", "idee", "Un marché de nuit en hiver");
        Assert.All(d.Session.Notes, n => Assert.True(n.Hidden));
        Assert.All(d.Session.ViewFor(Viewer.Public).Notes, n => Assert.Equal(string.Empty, n.Text));
        var leaView = d.Session.ViewFor(Viewer.Of(lea)).Notes.ToDictionary(n => n.Id, n => n.Text);
        Assert.Equal("Une navette partagée le samedi", leaView["n1"]);
        Assert.Equal(string.Empty, leaView["n3"]);

        // Révélation et regroupement: starting the round reveals, then the animator accepts and corrects clusters.
        d.Advance(TimeSpan.FromMinutes(6));
        var reveal = d.Execute((s, now) => s.StartRound(s_anim, now, "w1", "regroupement"));
        Assert.Collection(reveal.Events,
            e => Assert.IsType<RoundEnded>(e),
            e => Assert.Equal(["n1", "n2", "n3", "n4"], Assert.IsType<NotesRevealed>(e).Notes.Select(n => n.NoteId)),
            e => Assert.IsType<RoundStarted>(e));
        Assert.All(d.Session.ViewFor(Viewer.Public).Notes, n => Assert.NotEqual(string.Empty, n.Text));
        d.Execute((s, _) => s.AcceptSuggestion(s_anim, "w1",
        [
            new AcceptedGroup("c-mobilite", "Mobilité", ["n1", "n3"]),
            new AcceptedGroup("c-lieux", "Lieux", ["n2", "n4"]),
        ]));
        d.Execute((s, _) => s.RenameCluster(s_anim, "c-lieux", "Lieux de rencontre"));
        Assert.Equal(["c-mobilite", "c-mobilite"], d.Session.Notes.Where(n => n.Id is "n1" or "n3").Select(n => n.ClusterId));

        // Vote: 3 dots each, at most 2 on one cluster.
        d.StartRound("w1", "vote");
        d.Execute((s, now) => s.CastVote(lea, now, "w1", "c-mobilite"));
        d.Execute((s, now) => s.CastVote(lea, now, "w1", "c-mobilite"));
        d.Refuses(ErrorCodes.VoteCapReached, (s, now) => s.CastVote(lea, now, "w1", "c-mobilite"));
        d.Execute((s, now) => s.CastVote(lea, now, "w1", "c-lieux"));
        d.Refuses(ErrorCodes.VoteBudgetExhausted, (s, now) => s.CastVote(lea, now, "w1", "n2"));
        d.Execute((s, now) => s.CastVote(marc, now, "w1", "c-mobilite"));
        var top = d.Session.Votes.Where(v => v.WorkshopId == "w1").GroupBy(v => v.TargetId).MaxBy(g => g.Count())!;
        Assert.Equal(("c-mobilite", 3), (top.Key, top.Count()));

        // Pistes: the top cluster becomes a piste d'activité; people sign up, with or without consent.
        d.StartRound("w1", "pistes");
        d.Execute((s, _) => s.PromoteToPiste(s_anim, "piste-1", "w1", "c-mobilite", null));
        Assert.Equal("Mobilité", Assert.Single(d.Session.Pistes).Title);
        var contact = new ContactDetails("Léa Martin", "lea@example.org", "06 12 34 56 78");
        d.Execute((s, _) => s.SignUp(lea, "piste-1", contact, consent: true));
        d.Execute((s, _) => s.SignUp(marc, "piste-1", contact, consent: false));
        Assert.Equal(contact, d.Session.SignUps.Single(x => x.ParticipantId == "lea").Contact);
        Assert.Null(d.Session.SignUps.Single(x => x.ParticipantId == "marc").Contact);

        d.Execute((s, _) => s.Close(s_anim));
        Assert.All(d.Session.FindWorkshop("w1")!.Rounds, r => Assert.Equal(RoundStatus.Ended, r.Status));
    }

    [Fact]
    public void TheVoteRoundTakesNoNotes()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w1", WorkshopFormat.Emergence);
        var lea = d.Join("lea");
        d.StartRound("w1", "vote");

        d.Refuses(ErrorCodes.RoundClosed, (s, now) => s.AddNote(lea, now, "n1", "w1", "idee", "Une idée", null));
    }

    [Fact]
    public void NotesWrittenDuringRegroupementAreVisibleAtOnce()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w1", WorkshopFormat.Emergence);
        var lea = d.Join("lea");
        d.StartRound("w1", "regroupement");

        d.AddNote(lea, "n1", "w1", "idee", "Une idée tardive");

        Assert.False(d.Session.FindNote("n1")!.Hidden);
    }
}
