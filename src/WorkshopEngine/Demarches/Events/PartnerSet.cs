namespace StartupTerritoire.WorkshopEngine.Demarches.Events;

/// <summary>A partner organisation was added or changed (whole).</summary>
public sealed record PartnerSet(Partner Partner) : DemarcheEvent;
