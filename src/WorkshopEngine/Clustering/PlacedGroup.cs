namespace StartupTerritoire.WorkshopEngine.Clustering;

/// <summary>
/// A group the animator made (by hand or by accepting a suggestion), offered to the sorting of the remaining notes:
/// its cluster id and its title (empty when it has none). A group may have a title and no note yet.
/// </summary>
public sealed record PlacedGroup(string ClusterId, string Title);
