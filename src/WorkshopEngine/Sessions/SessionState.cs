namespace StartupTerritoire.WorkshopEngine.Sessions;

/// <summary>The life of a soirée: prepared in draft, run while open, read-only once closed.</summary>
public enum SessionState
{
    /// <summary>Being prepared; the animator edits the run-of-show.</summary>
    Draft,
    /// <summary>Live: participants join and write.</summary>
    Open,
    /// <summary>Over: kept for export until purged.</summary>
    Closed,
}
