using StartupTerritoire.WorkshopEngine.Groups;

namespace StartupTerritoire.Server.Exports;

/// <summary>The words of a group's dossier, in French (the default) or English; the evening's words come with <see cref="Common"/>.</summary>
internal sealed record DossierText
{
    public static DossierText French { get; } = new()
    {
        Common = ExportText.French,
        Dossier = "Dossier du groupe de travail",
        Canvas = "Modèle économique",
        VersionOf = "version {0} du {1}",
        ChangedSince = ", modifiée depuis",
        NoVersion = "aucune version enregistrée",
        More = "+{0} autres",
        Promise = "Promesse",
        Stage = "Étape",
        Stages = ["Exploration", "Modèle économique", "Stratégie", "Prêt à lancer", "Lancement", "En activité", "Arrêté"],
        Theme = "Thème",
        StopReason = "Arrêté parce que",
        Exchanges = "Besoins et offres",
        ExchangeColumns = ["besoin ou offre", "catégorie", "texte"],
        ExchangeKinds = ["besoin", "offre"],
        Created = "Groupe créé le",
        Closed = "Groupe clos le",
        Road = "Le chemin vers le lancement",
        MilestoneColumns = ["jalon", "échéance", "état", "note"],
        Statuses = ["à venir", "en cours", "atteint", "abandonné"],
        Actions = "Actions",
        ActionColumns = ["quoi", "qui", "pour quand", "fait"],
        Yes = "oui",
        No = "non",
        Meetings = "Réunions : comptes rendus et décisions",
        Place = "Lieu",
        Agenda = "Ordre du jour",
        Minutes = "Compte rendu",
        Decisions = "Décisions",
        MeetingColumns = ["réunion", "début", "durée (min)", "lieu", "ordre du jour", "compte rendu", "décisions"],
        Members = "Membres et personnes ressources",
        MemberColumns = ["nom", "rôle", "compétences", "arrivée"],
        Kinds = ["membre", "personne ressource"],
        Versions = "Versions du canvas",
        VersionColumns = ["version", "libellé", "date", "entrées"],
        CanvasColumns = ["bloc", "texte", "modifié le", "source"],
        Origin = "D'où vient le groupe",
        FromScratch = "Le groupe est né hors d'une soirée.",
        Evening = "Soirée",
        Piste = "Piste d'activité",
    };

    public static DossierText English { get; } = new()
    {
        Common = ExportText.English,
        Dossier = "Working group dossier",
        Canvas = "Business model",
        VersionOf = "version {0} of {1}",
        ChangedSince = ", changed since",
        NoVersion = "no version set yet",
        More = "+{0} more",
        Promise = "Promise",
        Stage = "Stage",
        Stages = ["Exploration", "Business model", "Strategy", "Ready to launch", "Launched", "Active", "Stopped"],
        Theme = "Theme",
        StopReason = "Stopped because",
        Exchanges = "Needs and offers",
        ExchangeColumns = ["need or offer", "category", "text"],
        ExchangeKinds = ["need", "offer"],
        Created = "Group started on",
        Closed = "Group closed on",
        Road = "The road to launch",
        MilestoneColumns = ["milestone", "due", "status", "note"],
        Statuses = ["planned", "in progress", "reached", "dropped"],
        Actions = "Actions",
        ActionColumns = ["what", "who", "by when", "done"],
        Yes = "yes",
        No = "no",
        Meetings = "Meetings: minutes and decisions",
        Place = "Place",
        Agenda = "Agenda",
        Minutes = "Minutes",
        Decisions = "Decisions",
        MeetingColumns = ["meeting", "starts", "length (min)", "place", "agenda", "minutes", "decisions"],
        Members = "Members and resource people",
        MemberColumns = ["name", "role", "skills", "joined"],
        Kinds = ["member", "resource person"],
        Versions = "Canvas versions",
        VersionColumns = ["version", "label", "date", "entries"],
        CanvasColumns = ["block", "text", "changed on", "source"],
        Origin = "Where the group comes from",
        FromScratch = "The group started outside an evening.",
        Evening = "Evening",
        Piste = "Candidate activity",
    };

    public required ExportText Common { get; init; }
    public required string Dossier { get; init; }
    public required string Canvas { get; init; }
    public required string VersionOf { get; init; }
    public required string ChangedSince { get; init; }
    public required string NoVersion { get; init; }
    public required string More { get; init; }
    public required string Promise { get; init; }
    public required string Stage { get; init; }
    /// <summary>By <see cref="GroupStage"/> value.</summary>
    public required IReadOnlyList<string> Stages { get; init; }
    public required string Theme { get; init; }
    public required string StopReason { get; init; }
    public required string Exchanges { get; init; }
    public required IReadOnlyList<string> ExchangeColumns { get; init; }
    /// <summary>By <see cref="ExchangeKind"/> value.</summary>
    public required IReadOnlyList<string> ExchangeKinds { get; init; }
    public required string Created { get; init; }
    public required string Closed { get; init; }
    public required string Road { get; init; }
    public required IReadOnlyList<string> MilestoneColumns { get; init; }
    /// <summary>By <see cref="MilestoneStatus"/> value.</summary>
    public required IReadOnlyList<string> Statuses { get; init; }
    public required string Actions { get; init; }
    public required IReadOnlyList<string> ActionColumns { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string Meetings { get; init; }
    public required string Place { get; init; }
    public required string Agenda { get; init; }
    public required string Minutes { get; init; }
    public required string Decisions { get; init; }
    public required IReadOnlyList<string> MeetingColumns { get; init; }
    public required string Members { get; init; }
    /// <summary>The members' columns; a co-animator's dossier adds the contact's.</summary>
    public required IReadOnlyList<string> MemberColumns { get; init; }
    /// <summary>By <see cref="MemberKind"/> value.</summary>
    public required IReadOnlyList<string> Kinds { get; init; }
    public required string Versions { get; init; }
    public required IReadOnlyList<string> VersionColumns { get; init; }
    public required IReadOnlyList<string> CanvasColumns { get; init; }
    public required string Origin { get; init; }
    public required string FromScratch { get; init; }
    public required string Evening { get; init; }
    public required string Piste { get; init; }

    public static DossierText For(string? language) => language == "en" ? English : French;

    /// <summary>A day as printed: "31 mars 2027".</summary>
    public string Day(DateOnly day) => day.ToString("d MMMM yyyy", Common.Culture);

    public string YesNo(bool value) => value ? Yes : No;

    public string StageName(GroupStage stage) => Stages[(int)stage];

    public string ExchangeKindName(ExchangeKind kind) => ExchangeKinds[(int)kind];

    public string Language => this == English ? "en" : "fr";

    public string StatusName(MilestoneStatus status) => Statuses[(int)status];

    public string KindName(MemberKind kind) => Kinds[(int)kind];
}
