using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Clustering;
using StartupTerritoire.Server.Realtime;
using StartupTerritoire.Server.Tests.Infrastructure;
using StartupTerritoire.WorkshopEngine.Clustering;

namespace StartupTerritoire.Server.Tests.Clustering;

public sealed class SuggestionTests(WorkshopApplication app) : IClassFixture<WorkshopApplication>
{
    private readonly WorkshopApplication _app = app;
    private readonly SessionClient _sessions = new(app.CreateClient());

    [Theory]
    [MemberData(nameof(Protocol.Both), MemberType = typeof(Protocol))]
    public async Task ParticipantsAndBoardsCannotRequestSuggestions(string protocol)
    {
        var session = await _sessions.CreateAsync();
        var joined = await _sessions.JoinAsync(session.JoinCode, "Jeanne");
        var board = await _sessions.BoardLinkAsync(session);
        await using var phone = await LiveClient.ConnectAsync(_app.Server, joined.Token, protocol);
        await using var screen = await LiveClient.ConnectAsync(_app.Server, board.Token, protocol);

        Assert.Equal("auth.forbidden", await HubErrors.CodeOfAsync(() => phone.InvokeAsync("RequestSuggestions", "w-emergence", null)));
        Assert.Equal("auth.forbidden", await HubErrors.CodeOfAsync(() => screen.InvokeAsync("RequestSuggestions", "w-emergence", null)));
    }

    [Fact]
    public async Task AnUnknownGranularityOrWorkshopIsRefused()
    {
        var session = await _sessions.CreateAsync();
        await using var animator = await LiveClient.ConnectAsync(_app.Server, session.AnimatorToken, Protocol.MessagePack);

        Assert.Equal("input.invalid", await HubErrors.CodeOfAsync(() => animator.InvokeAsync("RequestSuggestions", "w-emergence", "enormous")));
        Assert.Equal("input.not_found", await HubErrors.CodeOfAsync(() => animator.InvokeAsync("RequestSuggestions", "w-nowhere", null)));
    }

    [Theory]
    [MemberData(nameof(Protocol.Both), MemberType = typeof(Protocol))]
    public async Task RequestedSuggestionsReachTheAnimatorOnly(string protocol)
    {
        var (session, phone) = await RevealedAsync(protocol);
        var board = await _sessions.BoardLinkAsync(session);
        await using var _ = phone;
        await using var animator = await LiveClient.ConnectAsync(_app.Server, session.AnimatorToken, protocol);
        await using var screen = await LiveClient.ConnectAsync(_app.Server, board.Token, protocol);

        var version = await animator.InvokeAsync("RequestSuggestions", "w-emergence", "medium");
        var batch = await animator.WaitForSuggestionsAsync(b => b.WorkshopId == "w-emergence");

        Assert.Equal(session.SessionId, batch.SessionId);
        Assert.Equal(version, batch.Version);
        Assert.Equal(0.5, batch.Granularity);
        AssertTwoIdeas(batch);
        Assert.All(batch.Groups, g => Assert.False(string.IsNullOrWhiteSpace(g.Label)));

        // Phones and boards never hear of suggestions: give a stray send time to arrive.
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.Empty(phone.Suggestions);
        Assert.Empty(screen.Suggestions);
    }

    [Fact]
    public async Task AcceptingSuggestionsCreatesTheClustersAndLeavesNothingToSuggest()
    {
        var (session, phone) = await RevealedAsync(Protocol.MessagePack);
        await using var _ = phone;
        await using var animator = await LiveClient.ConnectAsync(_app.Server, session.AnimatorToken, Protocol.MessagePack);
        await animator.InvokeAsync("RequestSuggestions", "w-emergence", null);
        var batch = await animator.WaitForSuggestionsAsync(b => b.Groups.Count > 0);

        var groups = batch.Groups.Select((g, i) => new GroupSpec { ClusterId = g.ExistingClusterId ?? $"c-{i}", Title = g.Label, NoteIds = [.. g.NoteIds] }).ToArray();
        var seq = await animator.InvokeAsync("AcceptSuggestion", "w-emergence", groups);
        var accepted = await phone.WaitForSeqAsync(seq);
        Assert.Equal("SuggestionAccepted", accepted.Type);

        var snapshot = (await animator.SyncAsync(0)).Snapshot;
        var notes = Wire.List(snapshot, "notes");
        foreach (var g in groups)
        {
            Assert.All(g.NoteIds!, id => Assert.Equal(g.ClusterId, Wire.Text(notes.Single(n => Wire.Text(n, "id") == id), "clusterId")));
        }

        Assert.Equal(groups.Length, Wire.List(snapshot, "clusters").Count);

        // The clusters now hold the ideas: a new request has nothing left worth showing.
        await animator.InvokeAsync("RequestSuggestions", "w-emergence", null);
        var after = await animator.WaitForSuggestionsAsync(b => b.Version >= seq);
        Assert.Empty(after.Groups);
    }

    [Fact]
    public async Task SuggestionsFollowRevealedNotesOnceRequested()
    {
        var session = await _sessions.CreateAsync();
        var joined = await _sessions.JoinAsync(session.JoinCode, "Jeanne");
        await using var animator = await LiveClient.ConnectAsync(_app.Server, session.AnimatorToken, Protocol.MessagePack);
        await using var phone = await LiveClient.ConnectAsync(_app.Server, joined.Token, Protocol.MessagePack);
        await animator.InvokeAsync("StartRound", "w-emergence", "ideation");
        foreach (var (id, text) in TwoIdeas.Notes)
        {
            await phone.InvokeAsync("AddNote", id, "w-emergence", "idee", text, null);
        }

        // Asked during ideation: every note is still hidden, so there is nothing to group yet.
        await animator.InvokeAsync("RequestSuggestions", "w-emergence", "medium");
        Assert.Empty((await animator.WaitForSuggestionsAsync(_ => true)).Groups);

        var reveal = await animator.InvokeAsync("StartRound", "w-emergence", "regroupement");
        _app.Time.Advance(TimeSpan.FromSeconds(2));
        var batch = await animator.WaitForSuggestionsAsync(b => b.Version >= reveal, TimeSpan.FromSeconds(10));
        AssertTwoIdeas(batch);

        // A note revealed later (written during the clustering round) brings fresh suggestions on its own.
        var late = await phone.InvokeAsync("AddNote", "n-car-4", "w-emergence", "idee", "Covoiturage entre voisins le samedi", null);
        _app.Time.Advance(TimeSpan.FromSeconds(2));
        var fresh = await animator.WaitForSuggestionsAsync(b => b.Version >= late, TimeSpan.FromSeconds(10));
        Assert.Contains(fresh.Groups, g => g.NoteIds.Contains("n-car-4") && g.NoteIds.Contains("n-car-1"));
        Assert.Empty(phone.Suggestions);
    }

    [Theory]
    [MemberData(nameof(Protocol.Both), MemberType = typeof(Protocol))]
    public async Task TheFirstGroupSortsTheRemainingNotesForTheWorkshopsStaffOnlyWithoutBeingAsked(string protocol)
    {
        var (session, phone) = await RevealedAsync(protocol);
        await using var _ = phone;
        await using var animator = await LiveClient.ConnectAsync(_app.Server, session.AnimatorToken, protocol);
        await animator.InvokeAsync("AddTable", "t-mobilite", "Table des mobilités", "w-emergence");
        await animator.InvokeAsync("AddTable", "t-conserverie", "Table de la conserverie", "w-acceleration");
        var host = await _sessions.CoAnimatorLinkAsync(session, "t-mobilite");
        var otherHost = await _sessions.CoAnimatorLinkAsync(session, "t-conserverie");
        var board = await _sessions.BoardLinkAsync(session);
        await using var coAnimator = await LiveClient.ConnectAsync(_app.Server, host.Token, protocol);
        await using var otherCoAnimator = await LiveClient.ConnectAsync(_app.Server, otherHost.Token, protocol);
        await using var screen = await LiveClient.ConnectAsync(_app.Server, board.Token, protocol);

        var created = await animator.InvokeAsync("CreateCluster", "w-emergence", "c-car", "Covoiturage", new[] { "n-car-1" });
        var batch = await AfterAQuietMomentAsync(animator, created);
        var hosted = await coAnimator.WaitForSuggestionsAsync(b => b.Version >= created, TimeSpan.FromSeconds(10));

        Assert.Contains(batch.Placements, p => p.NoteId == "n-car-2" && p.ClusterId == "c-car");
        Assert.Contains(batch.Placements, p => p.NoteId == "n-car-3" && p.ClusterId == "c-car");
        Assert.DoesNotContain(batch.Placements, p => p.NoteId == "n-car-1");
        Assert.Equal(batch.Placements.Select(p => (p.NoteId, p.ClusterId)), hosted.Placements.Select(p => (p.NoteId, p.ClusterId)));
        // Nobody asked for new groups: only the sorting comes on its own.
        Assert.Empty(batch.Groups);

        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.Empty(phone.Suggestions);
        Assert.Empty(screen.Suggestions);
        Assert.Empty(otherCoAnimator.Suggestions);
    }

    [Fact]
    public async Task AConsoleThatOpensMidSortingGetsThePlacementsAgainWithoutAChange()
    {
        var (session, phone) = await RevealedAsync(Protocol.MessagePack);
        await using var _ = phone;
        await using (var first = await LiveClient.ConnectAsync(_app.Server, session.AnimatorToken, Protocol.MessagePack))
        {
            var created = await first.InvokeAsync("CreateCluster", "w-emergence", "c-car", "Covoiturage", new[] { "n-car-1" });
            await AfterAQuietMomentAsync(first, created);
        }

        // The animator's console reloads: nothing changed since, yet « À ranger » comes back on asking.
        await using var reloaded = await LiveClient.ConnectAsync(_app.Server, session.AnimatorToken, Protocol.MessagePack);
        var version = await reloaded.InvokeAsync("RefreshSuggestions", "w-emergence");
        var batch = await reloaded.WaitForSuggestionsAsync(b => b.Version >= version, TimeSpan.FromSeconds(10));

        Assert.Contains(batch.Placements, p => p.NoteId == "n-car-2" && p.ClusterId == "c-car");
        // Refreshing never turns on the new groups nobody asked for.
        Assert.Empty(batch.Groups);
        Assert.Equal("auth.forbidden", await HubErrors.CodeOfAsync(() => phone.InvokeAsync("RefreshSuggestions", "w-emergence")));
        Assert.Equal("input.not_found", await HubErrors.CodeOfAsync(() => reloaded.InvokeAsync("RefreshSuggestions", "w-nowhere")));
    }

    [Fact]
    public async Task RefreshingAWorkshopNobodyGroupsSendsNothing()
    {
        var (session, phone) = await RevealedAsync(Protocol.Json);
        await using var _ = phone;
        await using var animator = await LiveClient.ConnectAsync(_app.Server, session.AnimatorToken, Protocol.Json);

        await animator.InvokeAsync("RefreshSuggestions", "w-emergence");
        _app.Time.Advance(TimeSpan.FromSeconds(2));
        await Task.Delay(TimeSpan.FromMilliseconds(300));

        Assert.Empty(animator.Suggestions);
    }

    [Fact]
    public void PlacementsAreSentTheSurestFirst()
    {
        var sent = SuggestionWorker.SurestFirst(
        [
            new Placement("n1", "c-car", 0.12),
            new Placement("n3", "c-sun", 0.61),
            new Placement("n2", "c-car", 0.61),
            new Placement("n4", "c-sun", 0.30),
        ]);

        Assert.Equal(["n2", "n3", "n4", "n1"], sent.Select(p => p.NoteId));
        Assert.Equal(["c-car", "c-sun", "c-sun", "c-car"], sent.Select(p => p.ClusterId));
    }

    [Fact]
    public async Task PlacementsFollowTheNotesTheAnimatorKeepsPlacing()
    {
        var (session, phone) = await RevealedAsync(Protocol.MessagePack);
        await using var _ = phone;
        await using var animator = await LiveClient.ConnectAsync(_app.Server, session.AnimatorToken, Protocol.MessagePack);
        await animator.InvokeAsync("CreateCluster", "w-emergence", "c-car", "Covoiturage", new[] { "n-car-1" });
        var created = await animator.InvokeAsync("CreateCluster", "w-emergence", "c-sun", "Énergie solaire", new[] { "n-sun-1" });
        var first = await AfterAQuietMomentAsync(animator, created);
        Assert.Contains(first.Placements, p => p.NoteId == "n-car-2" && p.ClusterId == "c-car");
        Assert.Contains(first.Placements, p => p.NoteId == "n-sun-2" && p.ClusterId == "c-sun");

        var placed = await animator.InvokeAsync("PlaceNotes", new[] { "n-car-2" }, "c-car");
        var next = await AfterAQuietMomentAsync(animator, placed);

        Assert.DoesNotContain(next.Placements, p => p.NoteId == "n-car-2");
        Assert.Contains(next.Placements, p => p.NoteId == "n-car-3" && p.ClusterId == "c-car");
        Assert.Contains(next.Placements, p => p.NoteId == "n-sun-2" && p.ClusterId == "c-sun");
    }

    [Fact]
    public async Task AcceptedPlacementsJoinTheExistingGroupWhichKeepsItsTitleAndTheyAreNotSuggestedAgain()
    {
        var (session, phone) = await RevealedAsync(Protocol.MessagePack);
        await using var _ = phone;
        await using var animator = await LiveClient.ConnectAsync(_app.Server, session.AnimatorToken, Protocol.MessagePack);
        var created = await animator.InvokeAsync("CreateCluster", "w-emergence", "c-car", "Covoiturage", new[] { "n-car-1" });
        var batch = await AfterAQuietMomentAsync(animator, created);
        var toCar = batch.Placements.Where(p => p.ClusterId == "c-car").Select(p => p.NoteId).ToList();
        Assert.Contains("n-car-2", toCar);

        // As the console accepts a group's placements: the existing cluster, no title.
        var accepted = await animator.InvokeAsync("AcceptSuggestion", "w-emergence", new[] { new GroupSpec { ClusterId = "c-car", Title = null, NoteIds = toCar } });
        var snapshot = (await animator.SyncAsync(0)).Snapshot;
        var cluster = Assert.Single(Wire.List(snapshot, "clusters"));
        Assert.Equal("c-car", Wire.Text(cluster, "id"));
        Assert.Equal("Covoiturage", Wire.Text(cluster, "title"));
        var notes = Wire.List(snapshot, "notes");
        Assert.All(toCar.Append("n-car-1"), id => Assert.Equal("c-car", Wire.Text(notes.Single(n => Wire.Text(n, "id") == id), "clusterId")));

        var after = await AfterAQuietMomentAsync(animator, accepted);
        Assert.DoesNotContain(after.Placements, p => toCar.Contains(p.NoteId));
    }

    /// <summary>The suggestions sent once the quiet delay after the change at <paramref name="version"/> has passed.</summary>
    private Task<SuggestionBatch> AfterAQuietMomentAsync(LiveClient staff, long version)
    {
        _app.Time.Advance(TimeSpan.FromSeconds(2));
        return staff.WaitForSuggestionsAsync(b => b.Version >= version, TimeSpan.FromSeconds(10));
    }

    /// <summary>An open soirée whose émergence notes, two obvious ideas, were written then revealed.</summary>
    private async Task<(CreatedSession Session, LiveClient Phone)> RevealedAsync(string protocol)
    {
        var session = await _sessions.CreateAsync();
        var joined = await _sessions.JoinAsync(session.JoinCode, "Jeanne");
        var phone = await LiveClient.ConnectAsync(_app.Server, joined.Token, protocol);
        await phone.SyncAsync(0);
        await using var animator = await LiveClient.ConnectAsync(_app.Server, session.AnimatorToken, protocol);
        await animator.InvokeAsync("StartRound", "w-emergence", "ideation");
        foreach (var (id, text) in TwoIdeas.Notes)
        {
            await phone.InvokeAsync("AddNote", id, "w-emergence", "idee", text, null);
        }

        await phone.WaitForSeqAsync(await animator.InvokeAsync("StartRound", "w-emergence", "regroupement"));
        return (session, phone);
    }

    private static void AssertTwoIdeas(SuggestionBatch batch)
    {
        Assert.Equal(2, batch.Groups.Count);
        Assert.Contains(batch.Groups, g => g.ExistingClusterId is null && g.NoteIds.Order().SequenceEqual(TwoIdeas.Carpooling));
        Assert.Contains(batch.Groups, g => g.ExistingClusterId is null && g.NoteIds.Order().SequenceEqual(TwoIdeas.Solar));
    }
}
