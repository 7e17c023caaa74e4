using System.Collections.Concurrent;
using StartupTerritoire.WorkshopEngine.Access;

namespace StartupTerritoire.Server.Access;

/// <summary>
/// Credentials never change once made, so a node keeps the ones it has seen; a reconnect storm then costs no store
/// round trip. Bounded: past the limit it simply forgets everything and reloads on demand.
/// </summary>
internal sealed class CredentialCache
{
    private const int MaxEntries = 100_000;
    private readonly ConcurrentDictionary<string, Credential> _byHash = new(StringComparer.Ordinal);

    public Credential? Find(string hash) => _byHash.GetValueOrDefault(hash);

    public void Remember(Credential credential)
    {
        if (_byHash.Count >= MaxEntries)
        {
            _byHash.Clear();
        }

        _byHash[credential.TokenHash] = credential;
    }

    public void ForgetSession(string sessionId) => ForgetSessions(new HashSet<string>(StringComparer.Ordinal) { sessionId });

    /// <summary>Forgets the credentials of several soirées or groups in one pass (those that just left memory).</summary>
    public void ForgetSessions(IReadOnlySet<string> sessionIds)
    {
        if (sessionIds.Count == 0)
        {
            return;
        }

        foreach (var (hash, credential) in _byHash)
        {
            if (sessionIds.Contains(credential.SessionId))
            {
                _byHash.TryRemove(hash, out _);
            }
        }
    }
}
