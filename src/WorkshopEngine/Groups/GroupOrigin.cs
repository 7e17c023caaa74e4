namespace StartupTerritoire.WorkshopEngine.Groups;

/// <summary>
/// Where a group came from, quoted when it was created so the group keeps it even once the evening is purged: the
/// evening and its workshop, the piste, and the regroupements and notes it grew from with the room's votes, ratings
/// and the holder's stars.
/// </summary>
public sealed record GroupOrigin(
    string SessionId,
    string SessionTitle,
    DateTimeOffset SessionDate,
    string WorkshopId,
    string WorkshopTitle,
    string PisteId,
    string PisteTitle,
    IReadOnlyList<OriginCluster> Clusters,
    double? AverageRating,
    int RatingCount);

/// <summary>A regroupement the piste came from, with its dots and notes as the room wrote them.</summary>
public sealed record OriginCluster(string Id, string Title, int Votes, bool Starred, IReadOnlyList<OriginNote> Notes);

/// <summary>A note quoted from the evening, with its dots and whether the holder starred it.</summary>
public sealed record OriginNote(string Id, string Text, string? Column, int Votes, bool Starred);
