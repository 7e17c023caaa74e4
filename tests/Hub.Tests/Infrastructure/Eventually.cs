namespace StartupTerritoire.Server.Tests.Infrastructure;

/// <summary>Polls for a condition that becomes true on its own (a key expiring, a server coming back), within a bound.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan within, string because)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            if (await condition().DefaultTimeout())
            {
                return;
            }

            if (DateTime.UtcNow >= deadline)
            {
                Assert.Fail($"Still false after {within.TotalSeconds:0.#} s: {because}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50)).DefaultTimeout();
        }
    }
}
