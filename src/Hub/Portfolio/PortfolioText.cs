using StartupTerritoire.Server.Exports;

namespace StartupTerritoire.Server.Portfolio;

/// <summary>The words of the portfolio's exports and the yearly report, in French (the default) or English.</summary>
internal sealed record PortfolioText
{
    public static PortfolioText French { get; } = new()
    {
        Common = ExportText.French,
        Sheet = "Portefeuille",
        Columns = ["projet", "thème", "étape", "arrêté parce que", "jalons atteints", "jalons", "prochain jalon", "dernière activité", "besoins", "offres", "projets liés", "origine"],
        Report = "Rapport annuel {0} — {1}",
        Territory = "Territoire",
        Figures = "L'année en chiffres",
        FigureColumns = ["", "nombre"],
        Evenings = "Soirées",
        Participants = "Participants aux soirées",
        Proposals = "Propositions de la consultation",
        Pistes = "Pistes d'activité",
        Groups = "Groupes de travail démarrés",
        Launched = "Activités lancées (à ce jour)",
        ByTheme = "Activités lancées par thème",
        ThemeColumns = ["thème", "activités"],
        NoTheme = "Sans thème",
        ByStage = "Le portefeuille par étape",
        StageColumns = ["étape", "projets"],
        EveningsList = "Les soirées",
        EveningColumns = ["soirée", "date", "participants", "pistes"],
        Paths = "D'où viennent les activités lancées",
        Proposal = "Proposition « {0} » ({1} soutiens)",
        Evening = "Soirée « {0} » du {1}, atelier « {2} »",
        Piste = "Piste « {0} »",
        Group = "Groupe de travail « {0} »",
        Stage = "Étape : {0}",
        FromScratch = "Groupe démarré hors d'une soirée",
        Kinds = new Dictionary<string, string>(StringComparer.Ordinal) { ["defi"] = "défi", ["projetLocal"] = "projet local", ["projetAilleurs"] = "projet d'ailleurs" },
    };

    public static PortfolioText English { get; } = new()
    {
        Common = ExportText.English,
        Sheet = "Portfolio",
        Columns = ["project", "theme", "stage", "stopped because", "milestones reached", "milestones", "next milestone", "last activity", "needs", "offers", "linked projects", "origin"],
        Report = "Yearly report {0} — {1}",
        Territory = "Territory",
        Figures = "The year in figures",
        FigureColumns = ["", "count"],
        Evenings = "Evenings",
        Participants = "Evening participants",
        Proposals = "Consultation proposals",
        Pistes = "Candidate activities",
        Groups = "Working groups started",
        Launched = "Activities launched (to date)",
        ByTheme = "Activities launched by theme",
        ThemeColumns = ["theme", "activities"],
        NoTheme = "No theme",
        ByStage = "The portfolio by stage",
        StageColumns = ["stage", "projects"],
        EveningsList = "The evenings",
        EveningColumns = ["evening", "date", "participants", "candidate activities"],
        Paths = "Where the launched activities come from",
        Proposal = "Proposal “{0}” ({1} supports)",
        Evening = "Evening “{0}” of {1}, workshop “{2}”",
        Piste = "Candidate activity “{0}”",
        Group = "Working group “{0}”",
        Stage = "Stage: {0}",
        FromScratch = "Group started outside an evening",
        Kinds = new Dictionary<string, string>(StringComparer.Ordinal) { ["defi"] = "challenge", ["projetLocal"] = "local project", ["projetAilleurs"] = "project from elsewhere" },
    };

    public required ExportText Common { get; init; }
    public required string Sheet { get; init; }
    public required IReadOnlyList<string> Columns { get; init; }
    public required string Report { get; init; }
    public required string Territory { get; init; }
    public required string Figures { get; init; }
    public required IReadOnlyList<string> FigureColumns { get; init; }
    public required string Evenings { get; init; }
    public required string Participants { get; init; }
    public required string Proposals { get; init; }
    public required string Pistes { get; init; }
    public required string Groups { get; init; }
    public required string Launched { get; init; }
    public required string ByTheme { get; init; }
    public required IReadOnlyList<string> ThemeColumns { get; init; }
    public required string NoTheme { get; init; }
    public required string ByStage { get; init; }
    public required IReadOnlyList<string> StageColumns { get; init; }
    public required string EveningsList { get; init; }
    public required IReadOnlyList<string> EveningColumns { get; init; }
    public required string Paths { get; init; }
    public required string Proposal { get; init; }
    public required string Evening { get; init; }
    public required string Piste { get; init; }
    public required string Group { get; init; }
    public required string Stage { get; init; }
    public required string FromScratch { get; init; }
    public required IReadOnlyDictionary<string, string> Kinds { get; init; }

    public static PortfolioText For(string language) => language == "en" ? English : French;
}
