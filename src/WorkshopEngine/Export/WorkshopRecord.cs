using StartupTerritoire.WorkshopEngine.Formats;

namespace StartupTerritoire.WorkshopEngine.Export;

/// <summary>A workshop with everything the room made in it.</summary>
public sealed record WorkshopRecord
{
    /// <summary>The workshop id.</summary>
    public required string Id { get; init; }
    /// <summary>"emergence", "acceleration" or "essaimage"; a group's meeting "atelierCanvas", "planAction" or "revueEtape".</summary>
    public required string Format { get; init; }
    /// <summary>The title.</summary>
    public required string Title { get; init; }
    /// <summary>The défi (émergence).</summary>
    public Challenge? Challenge { get; init; }
    /// <summary>The project card (accélération).</summary>
    public ProjectCard? ProjectCard { get; init; }
    /// <summary>The project sheet from elsewhere (essaimage).</summary>
    public ExternalProject? ExternalProject { get; init; }
    /// <summary>The participant who holds the project (accélération), if named.</summary>
    public string? HolderId { get; init; }
    /// <summary>The rounds, in order.</summary>
    public required IReadOnlyList<RoundRecord> Rounds { get; init; }
    /// <summary>The notes, by posting order.</summary>
    public required IReadOnlyList<NoteRecord> Notes { get; init; }
    /// <summary>The clusters, by creation order.</summary>
    public required IReadOnlyList<ClusterRecord> Clusters { get; init; }
    /// <summary>Every dot, in the order cast.</summary>
    public required IReadOnlyList<VoteRecord> Votes { get; init; }
    /// <summary>The 1-to-5 ratings, in the order given.</summary>
    public required IReadOnlyList<RatingRecord> Ratings { get; init; }
    /// <summary>What the holder starred (note or cluster ids), in the order starred.</summary>
    public required IReadOnlyList<string> Stars { get; init; }
    /// <summary>The pistes d'activité with their sign-ups.</summary>
    public required IReadOnlyList<PisteRecord> Pistes { get; init; }
}
