using System.Security.Cryptography;
using StartupTerritoire.WorkshopEngine.Sessions;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Sessions;

/// <summary>Draws join codes at random until the store binds a free one to the soirée or group.</summary>
internal static class JoinCodeReservation
{
    private const int CodeAttempts = 20;

    public static async Task<string> ReserveAsync(ISessionStore store, string id, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < CodeAttempts; attempt++)
        {
            var code = JoinCode.FromRandom(RandomNumberGenerator.GetBytes(JoinCode.Length));
            if (await StoreFaults.Guard(() => store.TryReserveJoinCodeAsync(code, id, cancellationToken)))
            {
                return code;
            }
        }

        throw new StoreUnavailableException(new InvalidOperationException("No free join code found."));
    }
}
