using System.Collections.Concurrent;
using System.Diagnostics;
using StartupTerritoire.Server.Tests.Infrastructure;
using StartupTerritoire.WorkshopEngine;

namespace StartupTerritoire.Server.Tests.Telemetry;

/// <summary>A command's trace, as an OTLP exporter would receive it: the hub call's span with the store append under it.</summary>
[Collection(MeterCollection.Name)]
public sealed class CommandTraceTests
{
    private const string Source = "StartupTerritoire.Live";

    [Fact]
    public async Task ACommandsTraceHoldsTheHubCallWithTheStoreAppendBeneathIt()
    {
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == Source,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        await using var app = new WorkshopApplication();
        var sessions = new SessionClient(app.CreateClient());
        var session = await sessions.CreateAsync();
        var joined = await sessions.JoinAsync(session.JoinCode, "Jeanne");
        await using var animator = await LiveClient.ConnectAsync(app.Server, session.AnimatorToken, Protocol.Json);
        await animator.InvokeAsync("StartRound", "w-acceleration", "questions");
        await using var phone = await LiveClient.ConnectAsync(app.Server, joined.Token, Protocol.MessagePack);
        await phone.InvokeAsync("AddNote", "n-traced", "w-acceleration", "question", "Une question", null);
        Assert.Equal(ErrorCodes.Forbidden, await HubErrors.CodeOfAsync(() => phone.InvokeAsync("EndRound", "w-acceleration", "questions")));

        // A span is stopped as the call leaves the server, before its answer reaches the client; waited for anyway.
        await Eventually.TrueAsync(() => Task.FromResult(stopped.Any(a => a.DisplayName == "WorkshopHub/EndRound")), TimeSpan.FromSeconds(5), "the refused call's span never ended");

        var command = Assert.Single(stopped, a => a.DisplayName == "WorkshopHub/AddNote");
        Assert.Equal(ActivityKind.Server, command.Kind);
        Assert.Equal(default, command.ParentSpanId);
        Assert.Equal("AddNote", command.GetTagItem("rpc.method"));
        Assert.Equal("participant", command.GetTagItem("workshop.role"));
        Assert.Equal("ok", command.GetTagItem("workshop.outcome"));

        var append = Assert.Single(stopped, a => a.DisplayName == "store append" && a.ParentSpanId == command.SpanId);
        Assert.Equal(command.TraceId, append.TraceId);
        Assert.Equal("sqlite", append.GetTagItem("db.system.name"));
        Assert.Equal("appended", append.GetTagItem("workshop.status"));
        Assert.InRange(append.StartTimeUtc, command.StartTimeUtc, command.StartTimeUtc + command.Duration);
        Assert.True(append.StartTimeUtc + append.Duration <= command.StartTimeUtc + command.Duration, "the append outlived the command that waited for it");

        // A refused call is traced with its outcome, and stores nothing.
        var refused = Assert.Single(stopped, a => a.DisplayName == "WorkshopHub/EndRound");
        Assert.Equal("forbidden", refused.GetTagItem("workshop.outcome"));
        Assert.DoesNotContain(stopped, a => a.ParentSpanId == refused.SpanId);
    }
}
