namespace StartupTerritoire.WorkshopEngine.Export;

/// <summary>
/// A canvas entry in a dossier: its block, text, when it was last changed and what meeting it was kept from. Its
/// author, a member, is left out: a dossier travels.
/// </summary>
public sealed record DossierEntry(string Id, string Block, string Text, DateTimeOffset ChangedAt, string? Source);
