using StartupTerritoire.Server.Realtime;
using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Realtime;

/// <summary>A phone or console that resends after a lost answer gets the first answer back, never a second effect.</summary>
public sealed class RetryTests(WorkshopApplication app) : IClassFixture<WorkshopApplication>
{
    private readonly SessionClient _sessions = new(app.CreateClient());

    [Fact]
    public async Task RetriedDotThatSpentTheLastOfTheBudgetAnswersTheFirstSequence()
    {
        var (animator, phone, clusterIds) = await VotingRoundAsync();
        await using (animator)
        await using (phone)
        {
            await phone.InvokeAsync("CastVote", "v-1", "w-emergence", clusterIds[0]);
            await phone.InvokeAsync("CastVote", "v-2", "w-emergence", clusterIds[0]);
            var last = await phone.InvokeAsync("CastVote", "v-3", "w-emergence", clusterIds[1]);

            Assert.Equal(last, await phone.InvokeAsync("CastVote", "v-3", "w-emergence", clusterIds[1]));
            Assert.Equal("vote.budget_exhausted", await HubErrors.CodeOfAsync(() => phone.InvokeAsync("CastVote", "v-4", "w-emergence", clusterIds[1])));
            var votes = (await animator.SyncAsync(0)).Snapshot;
            Assert.Equal(3, Wire.List(votes, "votes").Count);
        }
    }

    [Fact]
    public async Task RetriedCreationsAnswerTheFirstSequenceAndCreateOnce()
    {
        var (animator, phone, _) = await VotingRoundAsync();
        await using (animator)
        await using (phone)
        {
            var round = new RoundSpec { Name = "Bonus", DurationSeconds = 60 };
            var first = await animator.InvokeAsync("AddRound", "w-emergence", "bonus", round, null);
            Assert.Equal(first, await animator.InvokeAsync("AddRound", "w-emergence", "bonus", round, null));
            var piste = await animator.InvokeAsync("PromoteToPiste", "w-emergence", "p-1", null, "Un bus à la demande");
            Assert.Equal(piste, await animator.InvokeAsync("PromoteToPiste", "w-emergence", "p-1", null, "Un bus à la demande"));

            // A retry key names one request: whatever else is sent under it, the first answer stands.
            Assert.Equal(piste, await animator.InvokeAsync("PromoteToPiste", "w-emergence", "p-1", null, "Autre chose"));
            var pistes = Wire.List((await animator.SyncAsync(0)).Snapshot, "pistes");
            Assert.Equal("Un bus à la demande", Wire.Text(Assert.Single(pistes), "title"));
        }
    }

    private async Task<(LiveClient Animator, LiveClient Phone, string[] ClusterIds)> VotingRoundAsync()
    {
        var session = await _sessions.CreateAsync();
        var joined = await _sessions.JoinAsync(session.JoinCode, "Jeanne");
        var animator = await LiveClient.ConnectAsync(app.Server, session.AnimatorToken, Protocol.Json);
        var phone = await LiveClient.ConnectAsync(app.Server, joined.Token, Protocol.MessagePack);
        await animator.InvokeAsync("StartRound", "w-emergence", "ideation");
        await phone.InvokeAsync("AddNote", "n-1", "w-emergence", "idee", "Un bus à la demande", null);
        await phone.InvokeAsync("AddNote", "n-2", "w-emergence", "idee", "Du covoiturage", null);
        await animator.InvokeAsync("StartRound", "w-emergence", "regroupement");
        await animator.InvokeAsync("CreateCluster", "w-emergence", "c-bus", "Transport à la demande", new[] { "n-1" });
        await animator.InvokeAsync("CreateCluster", "w-emergence", "c-covoit", "Covoiturage", new[] { "n-2" });
        await animator.InvokeAsync("StartRound", "w-emergence", "vote");
        return (animator, phone, ["c-bus", "c-covoit"]);
    }
}
