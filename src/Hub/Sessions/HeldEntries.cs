using System.Collections.Concurrent;

namespace StartupTerritoire.Server.Sessions;

/// <summary>
/// Lets go of the working groups, démarches and consultations a registry holds. Each of their commands catches up
/// with the store first, so an entry dropped between a command's lookup and its lock is still right: it only costs
/// that command a load.
/// </summary>
internal static class HeldEntries
{
    /// <summary>Drops the entries unused for <paramref name="idleFor"/> that no command holds now; returns their keys.</summary>
    public static IReadOnlyList<string> EvictIdle<T>(ConcurrentDictionary<string, T> entries, TimeProvider time, TimeSpan idleFor)
        where T : class, IHeldEntry
    {
        var now = time.GetTimestamp();
        return Evict(entries, entries.Values.Where(e => time.GetElapsedTime(e.LastUsed, now) >= idleFor));
    }

    /// <summary>Drops the least recently used entries beyond <paramref name="max"/> that no command holds now.</summary>
    public static void TrimTo<T>(ConcurrentDictionary<string, T> entries, int max)
        where T : class, IHeldEntry
    {
        if (entries.Count > max)
        {
            Evict(entries, entries.Values.OrderBy(e => e.LastUsed).Take(entries.Count - max));
        }
    }

    private static List<string> Evict<T>(ConcurrentDictionary<string, T> entries, IEnumerable<T> candidates)
        where T : class, IHeldEntry
    {
        var evicted = new List<string>();
        foreach (var idle in candidates.ToList())
        {
            // A command waiting on its lock keeps it.
            if (idle.Lock.CurrentCount == 1 && entries.TryRemove(KeyValuePair.Create(idle.Key, idle)))
            {
                evicted.Add(idle.Key);
            }
        }

        return evicted;
    }
}
