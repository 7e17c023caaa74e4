namespace StartupTerritoire.Server.Sessions;

/// <summary>The store did not answer in time; nothing was saved and the caller may retry.</summary>
internal sealed class StoreUnavailableException(Exception inner)
    : Exception("The session store is unavailable.", inner)
{
    public const string Code = "store.unavailable";
}
