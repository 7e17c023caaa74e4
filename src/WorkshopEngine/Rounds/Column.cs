namespace StartupTerritoire.WorkshopEngine.Rounds;

/// <summary>A column or kind a note can be written in, with a stable key and a label for people.</summary>
public sealed record Column(string Key, string Label);
