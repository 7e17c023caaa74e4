namespace StartupTerritoire.WorkshopEngine.Export;

/// <summary>A piste d'activité, the cluster it came from, and who signed up to carry it.</summary>
public sealed record PisteRecord(string Id, string? ClusterId, string Title, DateTimeOffset CreatedAt, IReadOnlyList<SignUpRecord> SignUps);
