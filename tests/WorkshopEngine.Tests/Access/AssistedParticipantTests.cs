using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Tests.Infrastructure;

namespace StartupTerritoire.WorkshopEngine.Tests.Access;

public sealed class AssistedParticipantTests
{
    private static readonly Actor s_anim = SessionDriver.Animator;
    private static readonly Actor s_coA = new(Role.CoAnimator, "co-a", "ta");
    private static readonly Actor s_coB = new(Role.CoAnimator, "co-b", "tb");

    /// <summary>Two accélération tables, each with its co-animator; Léa joined at table A with her own phone.</summary>
    private static (SessionDriver Driver, Actor Lea) TwoTables()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("wa", WorkshopFormat.Acceleration);
        d.AddWorkshop("wb", WorkshopFormat.Acceleration);
        d.AddTable("ta", "wa", "co-a");
        d.AddTable("tb", "wb", "co-b");
        var lea = d.Join("lea", "ta");
        return (d, lea);
    }

    [Fact]
    public void ACoAnimatorAddsSomeoneWithoutAPhoneAtTheirOwnTable()
    {
        var (d, _) = TwoTables();

        d.Execute((s, _) => s.AddAssistedParticipant(s_coA, "jeanne", "Jeanne", "ta"));

        var jeanne = d.Session.FindParticipant("jeanne")!;
        Assert.True(jeanne.Assisted);
        Assert.Equal("ta", jeanne.TableId);
        Assert.Equal("Jeanne", jeanne.Nickname);
    }

    [Fact]
    public void ACoAnimatorCannotAddSomeoneAtAnotherTable()
    {
        var (d, _) = TwoTables();

        d.Refuses(ErrorCodes.Forbidden, (s, _) => s.AddAssistedParticipant(s_coA, "jeanne", "Jeanne", "tb"));
        d.Refuses(ErrorCodes.Forbidden, (s, _) => s.AddAssistedParticipant(s_coA, "jeanne", "Jeanne", null));
        Assert.Null(d.Session.FindParticipant("jeanne"));
    }

    [Fact]
    public void TheAnimatorAddsSomeoneAtAnyTableEvenWhenJoiningIsLocked()
    {
        var (d, _) = TwoTables();
        d.Execute((s, _) => s.LockJoining(s_anim, true));

        d.Execute((s, _) => s.AddAssistedParticipant(s_anim, "jeanne", "Jeanne", "tb"));
        d.Execute((s, _) => s.AddAssistedParticipant(s_anim, "pierre", "Pierre", null));

        Assert.True(d.Session.FindParticipant("jeanne")!.Assisted);
        Assert.Null(d.Session.FindParticipant("pierre")!.TableId);
    }

    [Fact]
    public void AParticipantCannotAddAnyone()
    {
        var (d, lea) = TwoTables();

        d.Refuses(ErrorCodes.Forbidden, (s, _) => s.AddAssistedParticipant(lea, "jeanne", "Jeanne", "ta"));
    }

    [Fact]
    public void AFormerCoAnimatorOfTheTableCannotAddAnyoneAnyMore()
    {
        var (d, _) = TwoTables();
        d.Execute((s, _) => s.AssignCoAnimator(s_anim, "ta", "co-a2"));

        d.Refuses(ErrorCodes.Forbidden, (s, _) => s.AddAssistedParticipant(s_coA, "jeanne", "Jeanne", "ta"));
    }

    [Fact]
    public void OnlyTheStaffOfTheirTableMayPostForAnAssistedParticipant()
    {
        var (d, lea) = TwoTables();
        d.Execute((s, _) => s.AddAssistedParticipant(s_coA, "jeanne", "Jeanne", "ta"));

        Assert.Equal("jeanne", d.Session.RequireAssistable(s_coA, "jeanne").Id);
        Assert.Equal("jeanne", d.Session.RequireAssistable(s_anim, "jeanne").Id);
        Assert.Equal(ErrorCodes.Forbidden, Assert.Throws<WorkshopException>(() => d.Session.RequireAssistable(s_coB, "jeanne")).Code);
        Assert.Equal(ErrorCodes.Forbidden, Assert.Throws<WorkshopException>(() => d.Session.RequireAssistable(lea, "jeanne")).Code);
    }

    [Fact]
    public void NobodyMayPostForSomeoneWhoJoinedWithTheirOwnPhone()
    {
        var (d, _) = TwoTables();

        Assert.Equal(ErrorCodes.Forbidden, Assert.Throws<WorkshopException>(() => d.Session.RequireAssistable(s_anim, "lea")).Code);
        Assert.Equal(ErrorCodes.Forbidden, Assert.Throws<WorkshopException>(() => d.Session.RequireAssistable(s_coA, "lea")).Code);
    }

    [Fact]
    public void AnAssistedParticipantsNotesCountLikeEveryonesAtTheirTable()
    {
        var (d, _) = TwoTables();
        d.Execute((s, _) => s.AddAssistedParticipant(s_coA, "jeanne", "Jeanne", "ta"));
        var jeanne = new Actor(Role.Participant, "jeanne");
        d.StartRound("wa", "questions");

        d.AddNote(jeanne, "n1", "wa", "question", "Et le local, il est où ?");

        Assert.Equal("jeanne", d.Session.FindNote("n1")!.AuthorId);
        d.Refuses(ErrorCodes.Forbidden, (s, now) => s.AddNote(jeanne, now, "n2", "wb", "question", "Chez les voisins", null));
    }

    [Fact]
    public void AnAssistedParticipantsIdTakenTwiceIsRefused()
    {
        var (d, _) = TwoTables();
        d.Execute((s, _) => s.AddAssistedParticipant(s_coA, "jeanne", "Jeanne", "ta"));

        d.Refuses(ErrorCodes.AlreadyExists, (s, _) => s.AddAssistedParticipant(s_coA, "jeanne", "Jeanne", "ta"));
        d.Refuses(ErrorCodes.AlreadyExists, (s, _) => s.AddAssistedParticipant(s_anim, "lea", "Léa", "ta"));
    }
}
