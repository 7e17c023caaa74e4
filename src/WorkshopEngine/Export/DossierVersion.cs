namespace StartupTerritoire.WorkshopEngine.Export;

/// <summary>A version of the canvas the co-animators set: its number, label, when, and its entries as they stood.</summary>
public sealed record DossierVersion(int Number, string Label, DateTimeOffset At, IReadOnlyList<DossierEntry> Entries);
