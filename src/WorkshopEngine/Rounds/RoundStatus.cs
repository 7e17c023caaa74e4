namespace StartupTerritoire.WorkshopEngine.Rounds;

/// <summary>pending → running ⇄ paused → ended.</summary>
public enum RoundStatus
{
    /// <summary>Not started yet.</summary>
    Pending,
    /// <summary>The clock runs; writes allowed by the rules are accepted until the deadline.</summary>
    Running,
    /// <summary>The clock is stopped with time left.</summary>
    Paused,
    /// <summary>Over (completed, skipped or at its deadline).</summary>
    Ended,
}
