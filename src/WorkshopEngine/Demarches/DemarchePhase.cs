namespace StartupTerritoire.WorkshopEngine.Demarches;

/// <summary>Where one of the four phases stands: "aFaire", "enCours" or "fait", with the counts that say why.</summary>
public sealed record DemarchePhase(int Number, string Key, string Status, IReadOnlyDictionary<string, int> Counts);

/// <summary>What the phases are computed from besides the démarche itself: the consultation and the groups.</summary>
/// <param name="Proposals">Visible proposals of the consultation.</param>
/// <param name="Groups">Groups of the démarche.</param>
/// <param name="Launched">Groups at launch or in activity.</param>
/// <param name="Active">Groups in activity.</param>
public sealed record DemarcheFacts(int Proposals, int Groups, int Launched, int Active);
