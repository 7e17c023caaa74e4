using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using StartupTerritoire.Server.Realtime;
using StartupTerritoire.Server.Tests.Infrastructure;
using Xunit.Abstractions;

namespace StartupTerritoire.Server.Tests.Realtime;

/// <summary>
/// A command's events are stored but the backplane refuses their batch: the command still succeeds, and the soirée's
/// idle clients are told to catch up, which they do from their last event within 2 s.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class PublishFailureTests(RedisServerFixture redis, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly PublishFailingApplication _app = new(redis);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [MemberData(nameof(Protocol.Both), MemberType = typeof(Protocol))]
    public async Task IdleClientsCatchUpOnEventsWhoseBatchTheBackplaneRefused(string protocol)
    {
        var sessions = new SessionClient(_app.CreateClient());
        var session = await sessions.CreateAsync();
        var joined = await sessions.JoinAsync(session.JoinCode, "Jeanne");
        await using var animator = await LiveClient.ConnectAsync(_app.Server, session.AnimatorToken, protocol);
        await using var phone = await LiveClient.ConnectAsync(_app.Server, joined.Token, protocol);
        await phone.SyncAsync(0);
        phone.FollowResyncNudges();
        await phone.WaitForSeqAsync(await animator.InvokeAsync("StartRound", "w-acceleration", "questions"));
        var counter = _app.Services.GetRequiredService<ResyncCounter>();
        var failedBefore = counter.FailedPublishes;

        _app.FailNextEventsPublish();
        var last = await animator.InvokeAsync("AddNote", "n-1", "w-acceleration", "question", "Stockée, jamais diffusée", null);
        var acknowledged = Stopwatch.StartNew();

        await phone.WaitForSeqAsync(last, TimeSpan.FromSeconds(10));
        output.WriteLine($"seq {last} held {acknowledged.Elapsed.TotalMilliseconds:F0} ms after its acknowledgement");
        Assert.True(acknowledged.Elapsed <= TimeSpan.FromSeconds(2), $"the phone held the note {acknowledged.Elapsed.TotalMilliseconds:F0} ms after its acknowledgement");
        Assert.Equal(1, phone.EventsFromSync);
        Assert.True(phone.Nudges >= 1);
        Assert.Equal(failedBefore + 1, counter.FailedPublishes);
        phone.AssertNoResyncFailure();
    }
}
