namespace StartupTerritoire.WorkshopEngine.Votes;

/// <summary>A participant's 1-to-5 rating of a workshop's project (essaimage: transferability).</summary>
public sealed record Rating(string WorkshopId, string ParticipantId, int Value)
{
    /// <summary>The lowest rating.</summary>
    public const int Min = 1;

    /// <summary>The highest rating.</summary>
    public const int Max = 5;
}
