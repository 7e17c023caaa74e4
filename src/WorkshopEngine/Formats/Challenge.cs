namespace StartupTerritoire.WorkshopEngine.Formats;

/// <summary>The input of an émergence workshop: a défi, often tagged with a theme (univers).</summary>
public sealed record Challenge(string Text, string? Theme);
