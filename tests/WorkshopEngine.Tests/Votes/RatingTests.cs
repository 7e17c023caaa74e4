using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Tests.Infrastructure;
using StartupTerritoire.WorkshopEngine.Votes;

namespace StartupTerritoire.WorkshopEngine.Tests.Votes;

public sealed class RatingTests
{
    private static (SessionDriver Driver, Actor Lea) Faisabilite()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w3", WorkshopFormat.Essaimage);
        var lea = d.Join("lea");
        d.StartRound("w3", "faisabilite");
        return (d, lea);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void RatingFromOneToFiveIsKept(int value)
    {
        var (d, lea) = Faisabilite();

        d.Execute((s, now) => s.Rate(lea, now, "w3", value));

        Assert.Equal(new Rating("w3", "lea", value), Assert.Single(d.Session.Ratings));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void RatingOutsideOneToFiveIsRefused(int value)
    {
        var (d, lea) = Faisabilite();

        d.Refuses(ErrorCodes.InvalidArgument, (s, now) => s.Rate(lea, now, "w3", value));
    }

    [Fact]
    public void ANewRatingReplacesTheFormerOne()
    {
        var (d, lea) = Faisabilite();
        d.Execute((s, now) => s.Rate(lea, now, "w3", 2));

        d.Execute((s, now) => s.Rate(lea, now, "w3", 5));

        Assert.Equal(5, Assert.Single(d.Session.Ratings).Value);
        Assert.True(d.Execute((s, now) => s.Rate(lea, now, "w3", 5)).IsEmpty);
    }

    [Fact]
    public void RatingOutsideARatingRoundIsRefused()
    {
        var (d, lea) = Faisabilite();
        d.StartRound("w3", "qui-porte");

        d.Refuses(ErrorCodes.RoundClosed, (s, now) => s.Rate(lea, now, "w3", 3));
    }

    [Fact]
    public void StaffAndTheBoardDoNotRate()
    {
        var (d, _) = Faisabilite();

        d.Refuses(ErrorCodes.Forbidden, (s, now) => s.Rate(SessionDriver.Animator, now, "w3", 3));
        d.Refuses(ErrorCodes.Forbidden, (s, now) => s.Rate(SessionDriver.Board, now, "w3", 3));
    }
}
