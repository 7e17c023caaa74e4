namespace StartupTerritoire.WorkshopEngine.Clustering;

/// <summary>
/// A regroupement of notes of one workshop. Membership is held by the notes. <see cref="TitleSuggested"/> marks a title
/// made by the clustering suggestions that the staff has not kept or renamed yet: the room does not see it, since a
/// machine's "village, organisé, sortie" is not what the animator would write on the wall.
/// </summary>
public sealed record Cluster(string Id, string WorkshopId, string Title, DateTimeOffset CreatedAt, bool TitleSuggested = false);
