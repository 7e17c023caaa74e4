namespace StartupTerritoire.WorkshopEngine.Export;

/// <summary>
/// An action in a dossier: what, who, by when, done. <see cref="Owner"/> is a member's nickname when
/// <see cref="OwnerIsMember"/> (left out of an import, like every member), otherwise the name typed for someone outside
/// the group.
/// </summary>
public sealed record DossierAction(string Id, string What, string? Owner, bool OwnerIsMember, DateOnly? Due, bool Done, DateTimeOffset ChangedAt);
