namespace StartupTerritoire.WorkshopEngine.Groups;

/// <summary>
/// Where a working group's project stands on its way to launch and after it (PRODUCT.md, phases 3 and 4). New stages
/// are added at the end: the stores keep the names, and dossiers index their labels by value.
/// </summary>
public enum GroupStage
{
    /// <summary>Exploration: the idea from the evening is being looked at.</summary>
    Exploration,
    /// <summary>Modèle économique: the canvas is being built.</summary>
    BusinessModel,
    /// <summary>Stratégie: how to set it up and develop it.</summary>
    Strategy,
    /// <summary>Prêt à lancer.</summary>
    ReadyToLaunch,
    /// <summary>Lancement: the activity is starting.</summary>
    Launched,
    /// <summary>En activité.</summary>
    Active,
    /// <summary>Arrêté, with why (<see cref="WorkingGroup.StopReason"/>).</summary>
    Stopped,
}
