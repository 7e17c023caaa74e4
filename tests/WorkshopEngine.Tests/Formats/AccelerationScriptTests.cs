using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Pistes;
using StartupTerritoire.WorkshopEngine.Rounds;
using StartupTerritoire.WorkshopEngine.Tests.Infrastructure;
using StartupTerritoire.WorkshopEngine.Votes;

namespace StartupTerritoire.WorkshopEngine.Tests.Formats;

public sealed class AccelerationScriptTests
{
    private static readonly Actor s_anim = SessionDriver.Animator;

    private static readonly string[] s_enrichmentColumns = ["idees", "ressources", "contacts", "coups-de-main", "vigilance"];

    [Fact]
    public void AccelerationDefaultScriptRunsFromPitchToEngagements()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w2", WorkshopFormat.Acceleration);
        var lea = d.Join("lea", nickname: "Léa (porteuse)");
        var marc = d.Join("marc");
        d.Execute((s, _) => s.AssignHolder(s_anim, "w2", "lea"));
        Assert.Equal("lea", d.Session.FindWorkshop("w2")!.HolderId);
        Assert.Equal(["pitch", "questions", "enrichissement", "tri", "engagements"], d.Session.FindWorkshop("w2")!.Rounds.Select(r => r.Id));

        d.StartRound("w2", "pitch");
        d.Refuses(ErrorCodes.RoundClosed, (s, now) => s.AddNote(marc, now, "q0", "w2", "question", "Trop tôt ?", null));

        // Questions: notes of kind "question" only, visible at once.
        d.StartRound("w2", "questions");
        d.AddNote(marc, "q1", "w2", "question", "Où trouver un local aux normes ?");
        Assert.False(d.Session.FindNote("q1")!.Hidden);
        d.Refuses(ErrorCodes.ColumnNotAllowed, (s, now) => s.AddNote(marc, now, "q2", "w2", "idees", "Une idée", null));

        // Enrichissement: five columns; questions are over.
        d.StartRound("w2", "enrichissement");
        Assert.Equal(s_enrichmentColumns, d.Round("w2", "enrichissement").Rules.Columns.Select(c => c.Key));
        Assert.Equal(["Idées", "Ressources", "Contacts et partenaires", "Coups de main", "Points de vigilance"],
            d.Round("w2", "enrichissement").Rules.Columns.Select(c => c.Label));
        for (var i = 0; i < s_enrichmentColumns.Length; i++)
        {
            d.AddNote(marc, $"e{i}", "w2", s_enrichmentColumns[i], $"Contribution {i}");
        }

        d.Refuses(ErrorCodes.ColumnNotAllowed, (s, now) => s.AddNote(marc, now, "e9", "w2", "question", "Encore une question", null));
        Assert.Equal(s_enrichmentColumns, d.Session.Notes.Where(n => n.RoundId == "enrichissement").Select(n => n.Column));

        // Tri: clustering, and the holder stars what they keep.
        d.StartRound("w2", "tri");
        d.Execute((s, _) => s.CreateCluster(s_anim, "c-local", "w2", "Trouver un local", ["q1", "e1"]));
        d.Execute((s, now) => s.Star(lea, now, "w2", "c-local", true));
        d.Execute((s, now) => s.Star(lea, now, "w2", "e3", true));
        d.Refuses(ErrorCodes.Forbidden, (s, now) => s.Star(marc, now, "w2", "e0", true));
        Assert.Equal([new Star("w2", "c-local"), new Star("w2", "e3")], d.Session.Stars);

        // Engagements: who helps, contact only with consent.
        d.StartRound("w2", "engagements");
        d.Refuses(ErrorCodes.RoundClosed, (s, now) => s.Star(lea, now, "w2", "e0", true));
        d.Execute((s, _) => s.PromoteToPiste(s_anim, "aide-local", "w2", "c-local", "Chercher un local avec Léa"));
        d.Execute((s, _) => s.SignUp(marc, "aide-local", new ContactDetails("Marc", null, "+33 6 00 00 00 00"), consent: true));
        Assert.Equal("+33 6 00 00 00 00", Assert.Single(d.Session.SignUps).Contact!.Phone);

        d.Execute((s, _) => s.EndRound(s_anim, "w2", "engagements"));
        Assert.All(d.Session.FindWorkshop("w2")!.Rounds, r => Assert.Equal(RoundStatus.Ended, r.Status));
    }

    [Fact]
    public void WithoutAHolderNoParticipantCanStar()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w2", WorkshopFormat.Acceleration);
        var marc = d.Join("marc");
        d.StartRound("w2", "questions");
        d.AddNote(marc, "q1", "w2", "question", "Combien de bocaux par semaine ?");
        d.StartRound("w2", "tri");

        d.Refuses(ErrorCodes.Forbidden, (s, now) => s.Star(marc, now, "w2", "q1", true));
    }
}
