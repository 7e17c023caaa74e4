using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Rounds;

namespace StartupTerritoire.WorkshopEngine.Tests.Formats;

public sealed class DefaultScriptsTests
{
    [Theory]
    [InlineData(WorkshopFormat.Emergence, new[] { 2, 6, 8, 3, 5 })]
    [InlineData(WorkshopFormat.Acceleration, new[] { 3, 4, 8, 4, 3 })]
    [InlineData(WorkshopFormat.Essaimage, new[] { 4, 8, 5, 3, 3 })]
    public void DefaultRoundsLastWhatTheProductSays(WorkshopFormat format, int[] minutes)
    {
        Assert.Equal(minutes.Select(m => TimeSpan.FromMinutes(m)), DefaultScripts.Rounds(format, "fr").Select(r => r.Duration));
    }

    [Theory]
    [InlineData(WorkshopFormat.Emergence)]
    [InlineData(WorkshopFormat.Acceleration)]
    [InlineData(WorkshopFormat.Essaimage)]
    public void DefaultRoundsArePendingAndDoNotAdvanceByThemselves(WorkshopFormat format)
    {
        Assert.All(DefaultScripts.Rounds(format, "fr"), r =>
        {
            Assert.Equal(RoundStatus.Pending, r.Status);
            Assert.False(r.AutoAdvance);
        });
    }

    [Fact]
    public void EmergenceVoteGivesThreeDotsWithAtMostTwoOnOneTarget()
    {
        var vote = DefaultScripts.Rounds(WorkshopFormat.Emergence, "fr").Single(r => r.Id == "vote");

        Assert.Equal(new DotVoting(3, 2), vote.Rules.Voting);
    }

    [Fact]
    public void EmergenceIdeationIsPrivateAndRegroupementRevealsOnStart()
    {
        var rounds = DefaultScripts.Rounds(WorkshopFormat.Emergence, "fr").ToDictionary(r => r.Id);

        Assert.True(rounds["ideation"].Rules.PrivateUntilReveal);
        Assert.True(rounds["regroupement"].Rules.RevealOnStart);
        Assert.True(rounds["regroupement"].Rules.Clustering);
    }

    [Fact]
    public void ScriptsSpeakTheSessionsLanguage()
    {
        Assert.Equal("Idéation silencieuse", DefaultScripts.Rounds(WorkshopFormat.Emergence, "fr")[1].Name);
        Assert.Equal("Silent ideation", DefaultScripts.Rounds(WorkshopFormat.Emergence, "en")[1].Name);
        Assert.Equal("Local obstacles", DefaultScripts.Rounds(WorkshopFormat.Essaimage, "en")[1].Rules.Columns[3].Label);
    }
}
