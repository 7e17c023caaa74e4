namespace StartupTerritoire.WorkshopEngine.Rounds;

/// <summary>Why a round ended.</summary>
public enum RoundEndReason
{
    /// <summary>The animator ended it (or started the next one).</summary>
    Completed,
    /// <summary>The animator skipped it.</summary>
    Skipped,
    /// <summary>Its time ran out.</summary>
    Deadline,
}
