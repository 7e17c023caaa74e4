namespace StartupTerritoire.WorkshopEngine.Demarches.Events;

/// <summary>
/// A soirée created from the plan now belongs to the démarche; each of its workshops names the proposal it came from,
/// so a piste of that workshop can be traced back to the proposal.
/// </summary>
public sealed record SoireeLinked(string SessionId, string Title, IReadOnlyList<LinkedWorkshop> Workshops) : DemarcheEvent;
