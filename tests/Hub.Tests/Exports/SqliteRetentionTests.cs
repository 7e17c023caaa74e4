using Microsoft.Extensions.DependencyInjection;
using StartupTerritoire.Server.Tests.Infrastructure;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Tests.Exports;

/// <summary>Retention on the embedded SQLite store: the periodic sweep purges a soirée 90 days after its close.</summary>
public sealed class SqliteRetentionTests(LongHaulApplication app) : IClassFixture<LongHaulApplication>
{
    [Fact]
    public async Task ClosedSessionIsPurgedFromSqliteNinetyDaysAfterItsClose()
    {
        var created = await new SessionClient(app.CreateClient()).CreateAsync();
        await using var console = await LiveClient.ConnectAsync(app.Server, created.AnimatorToken, Protocol.Json);
        await console.InvokeAsync("CloseSession");
        var store = app.Services.GetRequiredService<ISessionStore>();

        app.Time.Advance(TimeSpan.FromDays(90) - TimeSpan.FromHours(2));
        await Task.Delay(200);
        Assert.True(await store.GetVersionAsync(created.SessionId) > 0, "kept until 90 days have passed");

        app.Time.Advance(TimeSpan.FromHours(3));
        await Eventually.TrueAsync(async () => await store.GetVersionAsync(created.SessionId) == 0, TimeSpan.FromSeconds(10),
            "the retention sweep should purge the soirée once 90 days have passed since its close");
        Assert.Null(await store.FindSessionByJoinCodeAsync(created.JoinCode).DefaultTimeout());
    }
}
