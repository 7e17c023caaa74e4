using Microsoft.Data.Sqlite;
using StartupTerritoire.Server.Storage;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Tests.Storage;

public sealed class SqliteSessionStoreTests : SessionStoreContractTests, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("st-sqlite-").FullName;

    private string DatabasePath => Path.Combine(_directory, "sessions.db");

    protected override ISessionStore CreateStore() => new SqliteSessionStore(DatabasePath);

    [Fact]
    public async Task AppendedEventsSurviveReopeningTheDatabase()
    {
        var session = NewId("session");
        var events = Notes(1, 4);
        await Store.AppendAsync(session, 0, events, NewId("request")).DefaultTimeout();
        ((IDisposable)Store).Dispose();
        SqliteConnection.ClearAllPools();

        using var reopened = new SqliteSessionStore(DatabasePath);

        AssertSameEvents(events, await reopened.ReadEventsAsync(session, 0, 100).DefaultTimeout());
    }

    [Fact]
    public void ASecondStoreOnTheSameFileIsRefusedUntilTheFirstIsClosed()
    {
        _ = Store;

        var refused = Assert.Throws<InvalidOperationException>(() => new SqliteSessionStore(DatabasePath));
        Assert.Contains("Another server", refused.Message, StringComparison.Ordinal);
        ((IDisposable)Store).Dispose();
        using var next = new SqliteSessionStore(DatabasePath);
        Assert.True(next.IsSoleWriter);
    }

    [Fact]
    public async Task PurgeCountsOnlyTheSessionsDue()
    {
        var now = DateTimeOffset.UtcNow;
        var first = await SeedSessionAsync();
        var second = await SeedSessionAsync();
        var later = await SeedSessionAsync();
        await Store.SetExpiryAsync(first.Id, now).DefaultTimeout();
        await Store.SetExpiryAsync(second.Id, now.AddSeconds(-1)).DefaultTimeout();
        await Store.SetExpiryAsync(later.Id, now.AddMilliseconds(1)).DefaultTimeout();

        Assert.Equal(2, await Store.PurgeExpiredAsync(now).DefaultTimeout());
        Assert.Equal(0, await Store.PurgeExpiredAsync(now).DefaultTimeout());
        await AssertIntactAsync(later);
    }

    [Fact]
    public async Task StoreUsesWriteAheadLogging()
    {
        _ = Store;

        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync().DefaultTimeout();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync().DefaultTimeout());
    }

    [Fact]
    public async Task StoreIsReady()
    {
        Assert.True(await Store.IsReadyAsync().DefaultTimeout());
    }

    public void Dispose()
    {
        (Store as IDisposable)?.Dispose();
        // Pooled connections keep the file open; release them before removing the folder.
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
