namespace StartupTerritoire.WorkshopEngine.Demarches.Events;

/// <summary>A partner organisation was taken off.</summary>
public sealed record PartnerRemoved(string PartnerId) : DemarcheEvent;
