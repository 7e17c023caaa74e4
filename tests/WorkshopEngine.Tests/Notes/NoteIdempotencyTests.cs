using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Tests.Infrastructure;

namespace StartupTerritoire.WorkshopEngine.Tests.Notes;

public sealed class NoteIdempotencyTests
{
    private static (SessionDriver Driver, Actor Lea, Actor Marc) Ideation()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w1", WorkshopFormat.Emergence);
        d.AddWorkshop("w2", WorkshopFormat.Emergence);
        var lea = d.Join("lea");
        var marc = d.Join("marc");
        d.StartRound("w1", "ideation");
        d.StartRound("w2", "ideation");
        return (d, lea, marc);
    }

    [Fact]
    public void PostingTheSameNoteIdTwiceDecidesNothingAndNamesTheFirstSequenceNumber()
    {
        var (d, lea, _) = Ideation();
        d.AddNote(lea, "lea-0001", "w1", "idee", "Un jardin partagé");
        var firstSeq = d.Session.Version;
        d.AddNote(lea, "other", "w1", "idee", "Autre chose");

        var retry = d.AddNote(lea, "lea-0001", "w1", "idee", "Un jardin partagé");

        Assert.True(retry.IsEmpty);
        Assert.Equal(firstSeq, retry.AlreadyAt);
        Assert.Equal(2, d.Session.Notes.Count);
    }

    [Fact]
    public void ARetryAfterTheDeadlineStillAnswersThatTheNoteIsStored()
    {
        var (d, lea, _) = Ideation();
        d.AddNote(lea, "lea-0001", "w1", "idee", "Un jardin partagé");
        var firstSeq = d.Session.Version;
        d.Advance(TimeSpan.FromHours(1));

        Assert.Equal(firstSeq, d.AddNote(lea, "lea-0001", "w1", "idee", "Un jardin partagé").AlreadyAt);
    }

    [Fact]
    public void TheSameNoteIdByAnotherAuthorIsRefused()
    {
        var (d, lea, marc) = Ideation();
        d.AddNote(lea, "n1", "w1", "idee", "Un jardin partagé");

        d.Refuses(ErrorCodes.AlreadyExists, (s, now) => s.AddNote(marc, now, "n1", "w1", "idee", "Un jardin partagé", null));
    }

    [Fact]
    public void TheSameNoteIdInAnotherWorkshopIsRefused()
    {
        var (d, lea, _) = Ideation();
        d.AddNote(lea, "n1", "w1", "idee", "Un jardin partagé");

        d.Refuses(ErrorCodes.AlreadyExists, (s, now) => s.AddNote(lea, now, "n1", "w2", "idee", "Un jardin partagé", null));
    }

    [Theory]
    [InlineData("")]
    [InlineData("note 1")]
    [InlineData("note/1")]
    [InlineData("é")]
    public void AMalformedNoteIdIsRefused(string noteId)
    {
        var (d, lea, _) = Ideation();

        d.Refuses(ErrorCodes.InvalidArgument, (s, now) => s.AddNote(lea, now, noteId, "w1", "idee", "Un jardin", null));
    }

    [Fact]
    public void ANoteIdOfSixtyFiveCharactersIsRefused()
    {
        var (d, lea, _) = Ideation();

        d.AddNote(lea, new string('a', 64), "w1", "idee");
        d.Refuses(ErrorCodes.InvalidArgument, (s, now) => s.AddNote(lea, now, new string('b', 65), "w1", "idee", "Un jardin", null));
    }
}
