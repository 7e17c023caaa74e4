namespace StartupTerritoire.WorkshopEngine.Pistes;

/// <summary>
/// A piste d'activité: a candidate activity, usually promoted from a cluster, that people sign up to carry.
/// <see cref="GroupId"/> names the working group born from it, once there is one.
/// </summary>
public sealed record Piste(string Id, string WorkshopId, string? ClusterId, string Title, DateTimeOffset CreatedAt, string? GroupId = null);
