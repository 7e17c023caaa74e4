using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using StartupTerritoire.Server.Access;
using StartupTerritoire.Server.Hosting;

namespace StartupTerritoire.Server.Tests.Security;

public sealed class JoinAttemptLimiterTests
{
    private static HttpContext From(string address)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(address);
        return context;
    }

    [Fact]
    public async Task AnAddressThatUsedUpItsFailuresStaysBlockedWhileItsBucketRefillsByFractions()
    {
        using var limiter = new JoinAttemptLimiter(Options.Create(new WorkshopOptions
        {
            JoinFailuresPerAddress = 5,
            JoinFailuresGlobal = 1000,
            JoinFailureWindow = TimeSpan.FromHours(1),
        }));
        var guesser = From("203.0.113.7");
        for (var i = 0; i < 5; i++)
        {
            limiter.ThrowIfBlocked(guesser);
            limiter.RecordFailure(guesser);
        }

        // The partitioned limiter gives back a sliver of a permit every 100 ms; a whole one takes 12 minutes here.
        await Task.Delay(TimeSpan.FromMilliseconds(600));

        var refused = Assert.Throws<RateLimitedException>(() => limiter.ThrowIfBlocked(guesser));
        Assert.Equal(720, refused.RetryAfterSeconds);
        limiter.ThrowIfBlocked(From("198.51.100.20"));
    }

    [Fact]
    public void WhenTheWholeServerSeesTooManyFailuresOnlyAddressesWithFailuresWait()
    {
        using var limiter = new JoinAttemptLimiter(Options.Create(new WorkshopOptions
        {
            JoinFailuresPerAddress = 5,
            JoinFailuresGlobal = 6,
            JoinFailureWindow = TimeSpan.FromHours(1),
        }));
        foreach (var address in new[] { "203.0.113.1", "203.0.113.2", "203.0.113.3" })
        {
            limiter.RecordFailure(From(address));
            limiter.RecordFailure(From(address));
        }

        Assert.Throws<RateLimitedException>(() => limiter.ThrowIfBlocked(From("203.0.113.1")));
        limiter.ThrowIfBlocked(From("198.51.100.20"));
    }
}
