using StartupTerritoire.Server.Sessions;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Sessions;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Access;

/// <summary>
/// Turns a typed join code into its soirée for every endpoint that takes one, under the guessing limits: an address
/// that must wait is refused before any lookup, and a code that leads nowhere counts as a failed attempt.
/// </summary>
internal sealed class JoinCodeResolver(ISessionStore store, JoinAttemptLimiter limiter)
{
    public async Task<(string SessionId, string Code)> ResolveAsync(string? typed, HttpContext context)
    {
        limiter.ThrowIfBlocked(context);
        var canonical = JoinCode.Normalize(typed);
        var sessionId = canonical is null
            ? null
            : await StoreFaults.Guard(() => store.FindSessionByJoinCodeAsync(canonical, context.RequestAborted));
        if (sessionId is null)
        {
            limiter.RecordFailure(context);
            throw new WorkshopException(ErrorCodes.NotFound, "No soirée has this code.");
        }

        return (sessionId, canonical!);
    }
}
