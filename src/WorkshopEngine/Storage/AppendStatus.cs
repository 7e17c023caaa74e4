namespace StartupTerritoire.WorkshopEngine.Storage;

/// <summary>The outcome of an append.</summary>
public enum AppendStatus
{
    /// <summary>The events are durably stored.</summary>
    Appended,
    /// <summary>Someone else appended first: the expected version was stale. Nothing was stored.</summary>
    Conflict,
    /// <summary>The request id was already applied; nothing was stored again.</summary>
    Duplicate,
}
