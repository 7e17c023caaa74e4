using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Notes;
using StartupTerritoire.WorkshopEngine.Tests.Infrastructure;

namespace StartupTerritoire.WorkshopEngine.Tests.Notes;

public sealed class NoteTextTests
{
    private static (SessionDriver Driver, Actor Lea) Ideation()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w1", WorkshopFormat.Emergence);
        var lea = d.Join("lea");
        d.StartRound("w1", "ideation");
        return (d, lea);
    }

    [Theory]
    [InlineData("  Un four à pain communal  ", "Un four à pain communal")]
    [InlineData("Un\u0007 four\u0000 à pain", "Un four à pain")]
    [InlineData("Un four\tà pain", "Un four à pain")]
    [InlineData("Ligne 1\r\nLigne 2", "Ligne 1\nLigne 2")]
    [InlineData("Cafe\u0301 associatif", "Café associatif")]
    public void NoteTextIsCleanedBeforeItIsStored(string typed, string stored)
    {
        var (d, lea) = Ideation();

        d.AddNote(lea, "n1", "w1", "idee", typed);

        Assert.Equal(stored, d.Session.FindNote("n1")!.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u0000\u0007")]
    public void EmptyNoteIsRefused(string typed)
    {
        var (d, lea) = Ideation();

        d.Refuses(ErrorCodes.NoteEmpty, (s, now) => s.AddNote(lea, now, "n1", "w1", "idee", typed, null));
    }

    [Fact]
    public void NoteOfFiveHundredCharactersIsAccepted()
    {
        var (d, lea) = Ideation();

        d.AddNote(lea, "n1", "w1", "idee", "  " + new string('é', Note.MaxLength) + "  ");

        Assert.Equal(500, d.Session.FindNote("n1")!.Text.Length);
    }

    [Fact]
    public void NoteOfFiveHundredAndOneCharactersIsRefused()
    {
        var (d, lea) = Ideation();

        d.Refuses(ErrorCodes.NoteTooLong, (s, now) => s.AddNote(lea, now, "n1", "w1", "idee", new string('a', 501), null));
    }

    [Fact]
    public void NoteInAColumnTheRoundDoesNotHaveIsRefused()
    {
        var (d, lea) = Ideation();

        d.Refuses(ErrorCodes.ColumnNotAllowed, (s, now) => s.AddNote(lea, now, "n1", "w1", "obstacles", "Une idée", null));
    }

    [Fact]
    public void NoteTakesTheDefaultColourUnlessOneOfThePaletteIsGiven()
    {
        var (d, lea) = Ideation();

        d.AddNote(lea, "n1", "w1", "idee");
        d.Execute((s, now) => s.AddNote(lea, now, "n2", "w1", "idee", "Une idée verte", "vert"));

        Assert.Equal("jaune", d.Session.FindNote("n1")!.Colour);
        Assert.Equal("vert", d.Session.FindNote("n2")!.Colour);
        d.Refuses(ErrorCodes.InvalidArgument, (s, now) => s.AddNote(lea, now, "n3", "w1", "idee", "Une idée", "fuchsia"));
    }

    [Fact]
    public void EditedTextIsCleanedAndCheckedLikeANewNote()
    {
        var (d, lea) = Ideation();
        d.AddNote(lea, "n1", "w1", "idee", "Avant");

        d.Execute((s, now) => s.EditNote(lea, now, "n1", "  Après\u0000  "));

        Assert.Equal("Après", d.Session.FindNote("n1")!.Text);
        d.Refuses(ErrorCodes.NoteEmpty, (s, now) => s.EditNote(lea, now, "n1", "  "));
        d.Refuses(ErrorCodes.NoteTooLong, (s, now) => s.EditNote(lea, now, "n1", new string('a', 501)));
        Assert.True(d.Execute((s, now) => s.EditNote(lea, now, "n1", "Après ")).IsEmpty);
    }
}
