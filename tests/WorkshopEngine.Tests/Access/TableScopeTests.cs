using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Tests.Infrastructure;

namespace StartupTerritoire.WorkshopEngine.Tests.Access;

public sealed class TableScopeTests
{
    private static readonly Actor s_anim = SessionDriver.Animator;

    /// <summary>Two essaimage tables in transposition; Léa sits at A, Marc at no table; w3 is plenary.</summary>
    private static (SessionDriver Driver, Actor Lea, Actor Marc) TwoTables()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("wa", WorkshopFormat.Essaimage);
        d.AddWorkshop("wb", WorkshopFormat.Essaimage);
        d.AddWorkshop("w3", WorkshopFormat.Essaimage);
        d.AddTable("ta", "wa", "co-a");
        d.AddTable("tb", "wb", "co-b");
        var lea = d.Join("lea", "ta");
        var marc = d.Join("marc");
        d.StartRound("wa", "transposition");
        d.StartRound("wb", "transposition");
        d.StartRound("w3", "transposition");
        return (d, lea, marc);
    }

    [Fact]
    public void AParticipantSeatedAtTableACannotWriteToTableBsWorkshop()
    {
        var (d, lea, _) = TwoTables();

        d.AddNote(lea, "n1", "wa", "obstacles");
        d.Refuses(ErrorCodes.Forbidden, (s, now) => s.AddNote(lea, now, "n2", "wb", "obstacles", "Chez les voisins", null));
    }

    [Fact]
    public void AParticipantAtNoTableCannotWriteToATablesWorkshop()
    {
        var (d, _, marc) = TwoTables();

        d.Refuses(ErrorCodes.Forbidden, (s, now) => s.AddNote(marc, now, "n1", "wa", "obstacles", "Debout", null));
    }

    [Fact]
    public void EveryoneWritesToAPlenaryWorkshop()
    {
        var (d, lea, marc) = TwoTables();

        d.AddNote(lea, "n1", "w3", "tel-quel");
        d.AddNote(marc, "n2", "w3", "tel-quel");

        Assert.Equal(2, d.Session.Notes.Count(n => n.WorkshopId == "w3"));
    }

    [Fact]
    public void ASeatedParticipantCannotRateAnotherTablesWorkshop()
    {
        var (d, lea, _) = TwoTables();
        d.StartRound("wb", "faisabilite");

        d.Refuses(ErrorCodes.Forbidden, (s, now) => s.Rate(lea, now, "wb", 4));
    }

    [Fact]
    public void ChangingTableChangesWhereAParticipantWrites()
    {
        var (d, lea, _) = TwoTables();

        d.Execute((s, _) => s.ChooseTable(lea, "lea", "tb"));

        d.AddNote(lea, "n1", "wb", "obstacles");
        d.Refuses(ErrorCodes.Forbidden, (s, now) => s.AddNote(lea, now, "n2", "wa", "obstacles", "Ancienne table", null));
        d.Refuses(ErrorCodes.NotFound, (s, _) => s.ChooseTable(lea, "lea", "t404"));
    }

    [Fact]
    public void RemovingATableUnseatsItsParticipants()
    {
        var (d, _, _) = TwoTables();

        d.Execute((s, _) => s.RemoveTable(s_anim, "ta"));

        Assert.Null(d.Session.FindParticipant("lea")!.TableId);
        Assert.Null(d.Session.FindTable("ta"));
    }

    [Fact]
    public void AParticipantCannotSeatSomeoneElse()
    {
        var (d, _, marc) = TwoTables();

        d.Refuses(ErrorCodes.Forbidden, (s, _) => s.ChooseTable(marc, "lea", "tb"));
        d.Execute((s, _) => s.ChooseTable(s_anim, "marc", "tb"));
        Assert.Equal("tb", d.Session.FindParticipant("marc")!.TableId);
    }
}
