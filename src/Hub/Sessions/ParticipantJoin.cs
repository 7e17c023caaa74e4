using StartupTerritoire.Server.Access;
using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Sessions;

/// <summary>
/// A participant entering a soirée, by its code or from a working group's meeting: the join is checked before its
/// credential is made, so a refused join leaves nothing behind; a participant already in finds themself, so a retry
/// after a lost answer is the same participant.
/// </summary>
internal static class ParticipantJoin
{
    /// <summary>
    /// Saves the token's credential and stores the join unless already in; returns the soirée's version. The node
    /// keeps the credential it just made, so the phone's connection that follows at once needs no store lookup.
    /// </summary>
    public static async Task<long> JoinAsync(
        SessionRegistry registry, ISessionStore store, CredentialCache credentials, TimeProvider time, string sessionId, string participantId, string token, string nickname,
        string? tableId, CancellationToken cancellationToken)
    {
        var present = await registry.ReadAsync(sessionId, s =>
        {
            if (s.FindParticipant(participantId) is not null)
            {
                return true;
            }

            s.Join(participantId, nickname, tableId);
            return false;
        }, cancellationToken);

        // Saving the same credential again is harmless: a retry after a lost answer may find it already there.
        var credential = new Credential(TokenHasher.Hash(token), sessionId, Role.Participant, participantId, null, time.GetUtcNow());
        await StoreFaults.Guard(() => store.SaveCredentialAsync(credential, cancellationToken));
        credentials.Remember(credential);
        return present
            ? await registry.ReadAsync(sessionId, s => s.Version, cancellationToken)
            : await registry.ExecuteAsync(sessionId, (s, _) => s.Join(participantId, nickname, tableId), $"join:{participantId}", cancellationToken);
    }
}
