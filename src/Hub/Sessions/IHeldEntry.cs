namespace StartupTerritoire.Server.Sessions;

/// <summary>An aggregate a registry holds in memory: its key, the lock its commands take, and when it was last used.</summary>
internal interface IHeldEntry
{
    string Key { get; }

    SemaphoreSlim Lock { get; }

    /// <summary>A <see cref="TimeProvider"/> timestamp.</summary>
    long LastUsed { get; }
}
