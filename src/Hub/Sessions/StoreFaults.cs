using Microsoft.Data.Sqlite;
using StackExchange.Redis;

namespace StartupTerritoire.Server.Sessions;

/// <summary>Turns the stores' own failures (Redis away, SQLite busy or broken) into <see cref="StoreUnavailableException"/>.</summary>
internal static class StoreFaults
{
    public static bool IsStoreFault(Exception exception) =>
        exception is RedisException or RedisTimeoutException or SqliteException or TimeoutException;

    public static async Task<T> Guard<T>(Func<Task<T>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return await call();
        }
        catch (Exception ex) when (IsStoreFault(ex))
        {
            throw new StoreUnavailableException(ex);
        }
    }

    public static async Task Guard(Func<Task> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        await Guard(async () =>
        {
            await call();
            return true;
        });
    }
}
