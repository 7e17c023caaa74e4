namespace StartupTerritoire.WorkshopEngine.Groups;

/// <summary>Where a working group's project stands on its way to launch (PRODUCT.md, phase 3).</summary>
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
}
