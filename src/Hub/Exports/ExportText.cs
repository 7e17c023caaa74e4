using System.Globalization;

namespace StartupTerritoire.Server.Exports;

/// <summary>The words of the exports, in French (the default) or English.</summary>
internal sealed record ExportText
{
    public static ExportText French { get; } = new()
    {
        Culture = CultureInfo.GetCultureInfo("fr-FR"),
        Anonymous = "anonyme",
        Report = "Compte rendu",
        Sheets = "Fiches pour les groupes de travail",
        Emergence = "Émergence",
        Acceleration = "Accélération",
        Essaimage = "Essaimage",
        AtelierCanvas = "Atelier canvas",
        PlanAction = "Plan d'action",
        RevueEtape = "Revue d'étape",
        Workshop = "Atelier",
        Challenge = "Défi",
        Theme = "Thème",
        Holder = "Porteur",
        Pitch = "Projet",
        Needs = "Besoins",
        Origin = "Territoire d'origine",
        Description = "Description",
        SuccessFactors = "Facteurs de réussite",
        Clusters = "Regroupements",
        Loose = "Idées hors regroupement",
        TopVoted = "Les plus votés",
        VotesPerCluster = "Votes par regroupement",
        Ratings = "Faisabilité (de 1 à 5)",
        RatingSummary = "Moyenne {0} sur 5 ({1} avis)",
        RatingsChart = "Répartition des notes",
        RatingHeader = "note",
        RatingCount = "avis",
        Kept = "Ce que le porteur garde",
        Pistes = "Pistes d'activité",
        Volunteers = "Volontaires",
        NoVolunteer = "Personne ne s'est encore engagé.",
        Nothing = "Rien pour l'instant.",
        Participants = ["participant", "participants", "idée", "idées", "atelier", "ateliers"],
        SingularUpTo = 1,
        Votes = "{0} votes",
        OneVote = "1 vote",
        Name = "Nom",
        Email = "E-mail",
        Phone = "Téléphone",
        Contact = "Contact",
        ContactWithheld = "coordonnées non partagées",
        WorkingGroup = "Groupe de travail",
        FromWorkshop = "Issue de l'atelier",
        TheIdea = "L'idée",
        RoomBrought = "Ce que la salle m'a apporté",
        Adaptation = "Fiche d'adaptation",
        WhoCarries = "Qui porte ?",
        Starred = "★ gardé",
        Columns = ["atelier", "table", "étape", "colonne", "texte", "auteur", "heure", "regroupement (id)", "regroupement",
            "votes", "votes du regroupement", "étoiles", "note moyenne", "piste"],
        ClusterColumns = ["atelier", "regroupement (id)", "regroupement", "idées", "votes", "étoiles", "piste"],
        VoteColumns = ["atelier", "étape", "votant", "cible (id)", "cible", "type"],
        PisteColumns = ["atelier", "piste (id)", "piste", "regroupement", "créée le", "volontaires"],
        SignUpColumns = ["atelier", "piste", "volontaire", "engagé le", "nom", "e-mail", "téléphone"],
        NoteKind = "idée",
        ClusterKind = "regroupement",
    };

    public static ExportText English { get; } = new()
    {
        Culture = CultureInfo.GetCultureInfo("en-GB"),
        Anonymous = "anonymous",
        Report = "Report",
        Sheets = "Sheets for the working groups",
        Emergence = "Emergence",
        Acceleration = "Acceleration",
        Essaimage = "Spin-off",
        AtelierCanvas = "Canvas workshop",
        PlanAction = "Action plan",
        RevueEtape = "Milestone review",
        Workshop = "Workshop",
        Challenge = "Challenge",
        Theme = "Theme",
        Holder = "Project holder",
        Pitch = "Project",
        Needs = "Needs",
        Origin = "Territory of origin",
        Description = "Description",
        SuccessFactors = "Success factors",
        Clusters = "Clusters",
        Loose = "Ideas outside any cluster",
        TopVoted = "Most voted",
        VotesPerCluster = "Votes per cluster",
        Ratings = "Feasibility (1 to 5)",
        RatingSummary = "Average {0} out of 5 ({1} ratings)",
        RatingsChart = "Ratings",
        RatingHeader = "rating",
        RatingCount = "ratings",
        Kept = "What the holder keeps",
        Pistes = "Candidate activities",
        Volunteers = "Volunteers",
        NoVolunteer = "Nobody has signed up yet.",
        Nothing = "Nothing yet.",
        Participants = ["participant", "participants", "idea", "ideas", "workshop", "workshops"],
        SingularUpTo = -1,
        Votes = "{0} votes",
        OneVote = "1 vote",
        Name = "Name",
        Email = "E-mail",
        Phone = "Phone",
        Contact = "Contact",
        ContactWithheld = "contact not shared",
        WorkingGroup = "Working group",
        FromWorkshop = "From the workshop",
        TheIdea = "The idea",
        RoomBrought = "What the room brought me",
        Adaptation = "Adaptation sheet",
        WhoCarries = "Who carries it?",
        Starred = "★ kept",
        Columns = ["workshop", "table", "round", "column", "text", "author", "time", "cluster id", "cluster",
            "votes", "cluster votes", "stars", "average rating", "piste"],
        ClusterColumns = ["workshop", "cluster id", "cluster", "ideas", "votes", "stars", "piste"],
        VoteColumns = ["workshop", "round", "voter", "target id", "target", "kind"],
        PisteColumns = ["workshop", "piste id", "piste", "cluster", "created at", "volunteers"],
        SignUpColumns = ["workshop", "piste", "volunteer", "signed up at", "name", "e-mail", "phone"],
        NoteKind = "note",
        ClusterKind = "cluster",
    };

    public required CultureInfo Culture { get; init; }
    public required string Anonymous { get; init; }
    public required string Report { get; init; }
    public required string Sheets { get; init; }
    public required string Emergence { get; init; }
    public required string Acceleration { get; init; }
    public required string Essaimage { get; init; }
    public required string AtelierCanvas { get; init; }
    public required string PlanAction { get; init; }
    public required string RevueEtape { get; init; }
    public required string Workshop { get; init; }
    public required string Challenge { get; init; }
    public required string Theme { get; init; }
    public required string Holder { get; init; }
    public required string Pitch { get; init; }
    public required string Needs { get; init; }
    public required string Origin { get; init; }
    public required string Description { get; init; }
    public required string SuccessFactors { get; init; }
    public required string Clusters { get; init; }
    public required string Loose { get; init; }
    public required string TopVoted { get; init; }
    public required string VotesPerCluster { get; init; }
    public required string Ratings { get; init; }
    public required string RatingSummary { get; init; }
    public required string RatingsChart { get; init; }
    public required string RatingHeader { get; init; }
    public required string RatingCount { get; init; }
    public required string Kept { get; init; }
    public required string Pistes { get; init; }
    public required string Volunteers { get; init; }
    public required string NoVolunteer { get; init; }
    public required string Nothing { get; init; }
    /// <summary>The evening's counts, singular then plural: participant, idea, workshop.</summary>
    public required string[] Participants { get; init; }

    /// <summary>
    /// The largest count that takes the singular, besides 1: French says "0 participant", English "0 participants".
    /// </summary>
    public required int SingularUpTo { get; init; }
    public required string Votes { get; init; }
    public required string OneVote { get; init; }
    public required string Name { get; init; }
    public required string Email { get; init; }
    public required string Phone { get; init; }
    public required string Contact { get; init; }
    public required string ContactWithheld { get; init; }
    public required string WorkingGroup { get; init; }
    public required string FromWorkshop { get; init; }
    public required string TheIdea { get; init; }
    public required string RoomBrought { get; init; }
    public required string Adaptation { get; init; }
    public required string WhoCarries { get; init; }
    public required string Starred { get; init; }
    public required IReadOnlyList<string> Columns { get; init; }
    public required IReadOnlyList<string> ClusterColumns { get; init; }
    public required IReadOnlyList<string> VoteColumns { get; init; }
    public required IReadOnlyList<string> PisteColumns { get; init; }
    public required IReadOnlyList<string> SignUpColumns { get; init; }
    public required string NoteKind { get; init; }
    public required string ClusterKind { get; init; }

    /// <summary>"1 vote", "3 votes" (and "0 vote" in French, "0 votes" in English).</summary>
    public string VoteCount(int count) => count == 1 || (count == 0 && Culture.Name == "fr-FR") ? F(OneVote.Replace("1", "{0}", StringComparison.Ordinal), count) : F(Votes, count);

    public static ExportText For(string? language) => language == "en" ? English : French;

    public string Format(string format) => format switch
    {
        "acceleration" => Acceleration,
        "essaimage" => Essaimage,
        "atelierCanvas" => AtelierCanvas,
        "planAction" => PlanAction,
        "revueEtape" => RevueEtape,
        _ => Emergence,
    };

    public string F(string pattern, params object[] args) => string.Format(Culture, pattern, args);

    /// <summary>"12 participants, 1 idée, 3 ateliers": each count with its word in the right number.</summary>
    public string Counts(int participants, int ideas, int workshops) =>
        string.Join(", ", new[] { participants, ideas, workshops }.Select((n, i) =>
            string.Create(Culture, $"{n} {Participants[(2 * i) + (n == 1 || (n >= 0 && n <= SingularUpTo) ? 0 : 1)]}")));

    /// <summary>A date and time in UTC, the same wherever the server runs.</summary>
    public string Time(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy, HH:mm 'UTC'", Culture);

    public string Date(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy", Culture);
}
