namespace StartupTerritoire.WorkshopEngine.Demarches.Events;

/// <summary>A démarche was created with its consultation's id and its coordinator's principal.</summary>
public sealed record DemarcheCreated(string DemarcheId, string Name, string Territory, string Language, string ConsultationId, string CoordinatorId) : DemarcheEvent;
