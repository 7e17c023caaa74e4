using StartupTerritoire.WorkshopEngine.Groups;

namespace StartupTerritoire.WorkshopEngine.Portfolio;

/// <summary>
/// Where a project stands in the démarche's portfolio (phase 4): piste → groupe de travail → modèle économique →
/// lancement → en activité, or arrêté.
/// </summary>
public enum PortfolioStage
{
    /// <summary>A piste of an evening no group has taken up yet.</summary>
    Piste,
    /// <summary>Groupe de travail: the group explores the idea.</summary>
    Groupe,
    /// <summary>Modèle économique: the canvas and the strategy.</summary>
    ModeleEconomique,
    /// <summary>Lancement: ready to launch, or launching.</summary>
    Lancement,
    /// <summary>En activité.</summary>
    EnActivite,
    /// <summary>Arrêté, with why.</summary>
    Arrete,
}

/// <summary>The portfolio's stages from a group's, and their names.</summary>
public static class PortfolioStages
{
    private static readonly string[] s_french = ["Piste", "Groupe de travail", "Modèle économique", "Lancement", "En activité", "Arrêté"];
    private static readonly string[] s_english = ["Candidate activity", "Working group", "Business model", "Launch", "Active", "Stopped"];

    /// <summary>The portfolio stage of a group at <paramref name="stage"/>.</summary>
    public static PortfolioStage Of(GroupStage stage) => stage switch
    {
        GroupStage.Exploration => PortfolioStage.Groupe,
        GroupStage.BusinessModel or GroupStage.Strategy => PortfolioStage.ModeleEconomique,
        GroupStage.ReadyToLaunch or GroupStage.Launched => PortfolioStage.Lancement,
        GroupStage.Active => PortfolioStage.EnActivite,
        GroupStage.Stopped => PortfolioStage.Arrete,
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };

    /// <summary>Whether the project has launched: lancement or en activité.</summary>
    public static bool IsLaunched(PortfolioStage stage) => stage is PortfolioStage.Lancement or PortfolioStage.EnActivite;

    /// <summary>A stage's name in a language.</summary>
    public static string NameOf(PortfolioStage stage, string language) => (language == "en" ? s_english : s_french)[(int)stage];
}
