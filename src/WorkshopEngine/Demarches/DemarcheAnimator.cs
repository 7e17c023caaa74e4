namespace StartupTerritoire.WorkshopEngine.Demarches;

/// <summary>An animator ("animateur") or co-animator ("coAnimateur") named for the evening.</summary>
public sealed record DemarcheAnimator(string Id, string Name, string Role);
