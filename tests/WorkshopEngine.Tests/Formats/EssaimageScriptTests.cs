using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Rounds;
using StartupTerritoire.WorkshopEngine.Tests.Infrastructure;
using StartupTerritoire.WorkshopEngine.Votes;

namespace StartupTerritoire.WorkshopEngine.Tests.Formats;

public sealed class EssaimageScriptTests
{
    private static readonly Actor s_anim = SessionDriver.Animator;

    private static readonly string[] s_canvas = ["tel-quel", "a-adapter", "ressources-locales", "obstacles"];

    [Fact]
    public void EssaimageDefaultScriptRunsFromPresentationToQuiPorte()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w3", WorkshopFormat.Essaimage);
        var lea = d.Join("lea");
        var marc = d.Join("marc");
        Assert.Equal(["presentation", "transposition", "regroupement", "faisabilite", "qui-porte"], d.Session.FindWorkshop("w3")!.Rounds.Select(r => r.Id));
        Assert.Equal(["Un local visible", "Des bénévoles formés"], d.Session.FindWorkshop("w3")!.Input.ExternalProject!.SuccessFactors);

        d.StartRound("w3", "presentation");
        d.Refuses(ErrorCodes.RoundClosed, (s, now) => s.Rate(lea, now, "w3", 4));

        // Transposition: the four canvas columns.
        d.StartRound("w3", "transposition");
        Assert.Equal(s_canvas, d.Round("w3", "transposition").Rules.Columns.Select(c => c.Key));
        for (var i = 0; i < s_canvas.Length; i++)
        {
            d.AddNote(i % 2 == 0 ? lea : marc, $"t{i}", "w3", s_canvas[i], $"Pour ici : {s_canvas[i]}");
        }

        d.Refuses(ErrorCodes.ColumnNotAllowed, (s, now) => s.AddNote(lea, now, "t9", "w3", "idee", "Hors canevas", null));

        // Regroupement: no writing, the animator groups.
        d.StartRound("w3", "regroupement");
        d.Refuses(ErrorCodes.RoundClosed, (s, now) => s.AddNote(lea, now, "t8", "w3", "obstacles", "Trop tard", null));
        d.Execute((s, _) => s.CreateCluster(s_anim, "c-lieu", "w3", "Le lieu", ["t0", "t2"]));
        d.Execute((s, _) => s.CreateCluster(s_anim, "c-freins", "w3", "Les freins", ["t1", "t3"]));

        // Faisabilité: 1 to 5, one rating per person, the last one counts.
        d.StartRound("w3", "faisabilite");
        d.Execute((s, now) => s.Rate(lea, now, "w3", 2));
        d.Execute((s, now) => s.Rate(lea, now, "w3", 4));
        d.Execute((s, now) => s.Rate(marc, now, "w3", 5));
        Assert.True(d.Execute((s, now) => s.Rate(marc, now, "w3", 5)).IsEmpty);
        Assert.Equal([new Rating("w3", "lea", 4), new Rating("w3", "marc", 5)], d.Session.Ratings.OrderBy(r => r.ParticipantId));

        // Qui porte ?
        d.StartRound("w3", "qui-porte");
        d.Refuses(ErrorCodes.RoundClosed, (s, now) => s.Rate(lea, now, "w3", 1));
        d.Execute((s, _) => s.PromoteToPiste(s_anim, "ressourcerie", "w3", null, "Une ressourcerie à Joyeuse"));
        d.Execute((s, _) => s.SignUp(marc, "ressourcerie", null, consent: false));
        Assert.Equal("marc", Assert.Single(d.Session.SignUps).ParticipantId);

        d.Advance(d.Round("w3", "qui-porte").Duration + Round.Grace);
        d.Execute((s, now) => s.AdvanceClock(now));
        Assert.Equal(RoundEndReason.Deadline, d.Round("w3", "qui-porte").EndReason);
    }
}
