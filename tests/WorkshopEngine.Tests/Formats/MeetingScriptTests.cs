using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Groups;
using StartupTerritoire.WorkshopEngine.Tests.Infrastructure;

namespace StartupTerritoire.WorkshopEngine.Tests.Formats;

/// <summary>A working group's meeting formats run on the evening's machinery, as data next to the evening's formats.</summary>
public sealed class MeetingScriptTests
{
    private static readonly Actor s_anim = SessionDriver.Animator;

    [Fact]
    public void AnAtelierCanvasWritesIntoTheCanvasBlocksThenClustersThenVotes()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w-meeting", WorkshopFormat.AtelierCanvas);
        var sylvie = d.Join("m-sylvie", nickname: "Sylvie");
        var w = d.Session.FindWorkshop("w-meeting")!;
        Assert.Equal(["cadrage", "ecriture", "regroupement", "choix"], w.Rounds.Select(r => r.Id));
        Assert.Equal(CanvasBlocks.All.Select(b => b.Id), w.Rounds[1].Rules.Columns.Select(c => c.Key));
        Assert.Equal("Activités clés", w.Rounds[1].Rules.Columns.Single(c => c.Key == "activites").Label);

        d.StartRound("w-meeting", "ecriture");
        d.AddNote(sylvie, "n-1", "w-meeting", "couts", "Un autoclave d'occasion");
        d.Refuses(ErrorCodes.ColumnNotAllowed, (s, now) => s.AddNote(sylvie, now, "n-2", "w-meeting", "idee", "Hors du canevas", null));
        Assert.Equal("couts", d.Session.Notes.Single().Column);

        d.StartRound("w-meeting", "regroupement");
        d.Execute((s, _) => s.CreateCluster(s_anim, "c-1", "w-meeting", "Équipement", ["n-1"]));
        d.StartRound("w-meeting", "choix");
        d.Execute((s, now) => s.CastVote(sylvie, now, "w-meeting", "c-1"));
        Assert.Single(d.Session.Votes);
    }

    [Fact]
    public void APlanDActionGathersActionsThenMembersSignUpForTheCards()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w-meeting", WorkshopFormat.PlanAction);
        var karim = d.Join("m-karim", nickname: "Karim");
        Assert.Equal(["propositions", "regroupement", "engagements"], d.Session.FindWorkshop("w-meeting")!.Rounds.Select(r => r.Id));

        d.StartRound("w-meeting", "propositions");
        d.AddNote(karim, "n-1", "w-meeting", "action", "Demander un devis pour l'autoclave");
        d.StartRound("w-meeting", "engagements");
        d.Execute((s, _) => s.PromoteToPiste(s_anim, "p-devis", "w-meeting", null, "Devis de l'autoclave"));
        d.Execute((s, _) => s.SignUp(karim, "p-devis", null, false));
        Assert.Equal("m-karim", d.Session.SignUps.Single().ParticipantId);
    }

    [Fact]
    public void ARevueDEtapeNamesWhatMovedWhatBlocksAndWhatToDecide()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w-meeting", WorkshopFormat.RevueEtape);
        var w = d.Session.FindWorkshop("w-meeting")!;
        Assert.Equal(["tour", "retours", "regroupement", "decisions"], w.Rounds.Select(r => r.Id));
        Assert.Equal(["avance", "bloque", "decider"], w.Rounds[1].Rules.Columns.Select(c => c.Key));
        Assert.NotNull(w.Rounds[3].Rules.Voting);
    }

    [Theory]
    [InlineData("atelierCanvas", WorkshopFormat.AtelierCanvas)]
    [InlineData("PLANACTION", WorkshopFormat.PlanAction)]
    [InlineData("revueEtape", WorkshopFormat.RevueEtape)]
    [InlineData("emergence", WorkshopFormat.Emergence)]
    public void AFormatIsNamedOnTheWireInCamelCaseAndReadInAnyCase(string name, WorkshopFormat format)
    {
        Assert.Equal(format, WorkshopFormats.Parse(name));
        Assert.Equal(format, WorkshopFormats.Parse(WorkshopFormats.NameOf(format)));
        Assert.Equal(format is WorkshopFormat.AtelierCanvas or WorkshopFormat.PlanAction or WorkshopFormat.RevueEtape, format.IsMeeting());
    }

    [Fact]
    public void AMeetingWithoutItsQuestionIsRefusedAndAnUnknownFormatIsNoFormat()
    {
        var d = SessionDriver.Opened();
        d.Refuses(ErrorCodes.InvalidArgument, (s, _) => s.AddWorkshop(s_anim, "w-x", WorkshopFormat.AtelierCanvas, "Atelier", new WorkshopInput()));
        Assert.Null(WorkshopFormats.Parse("atelier"));
        Assert.Null(WorkshopFormats.Parse(null));
    }
}
