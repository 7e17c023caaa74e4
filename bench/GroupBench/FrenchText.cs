namespace StartupTerritoire.GroupBench;

/// <summary>
/// What a working group on a short food circuit in southern Ardèche writes over two years, in pieces put together at
/// random: the lengths and the accents of real entries, so a load parses text as heavy as the real thing.
/// </summary>
internal sealed class FrenchText(Random random)
{
    private static readonly string[] s_subjects =
    [
        "Les producteurs du plateau", "La cantine de l'école de Joyeuse", "L'épicerie solidaire de Largentière",
        "Les maraîchers bio de la vallée", "La communauté de communes", "Les restaurateurs du Pont-d'Arc",
        "Le lycée agricole d'Aubenas", "Les familles des villages perchés", "Le marché du samedi à Vallon",
        "Les éleveurs de chèvres", "La coopérative de châtaignes", "Les saisonniers du tourisme vert",
    ];

    private static readonly string[] s_verbs =
    [
        "veulent livrer chaque semaine", "cherchent un local réfrigéré pour", "pourraient mutualiser",
        "demandent un prix juste pour", "sont prêts à tester", "ont besoin d'un véhicule partagé pour",
        "proposent de transformer", "attendent une aide au démarrage pour", "souhaitent valoriser",
    ];

    private static readonly string[] s_objects =
    [
        "les paniers de légumes de saison", "la crème de marrons et les confitures", "les fromages de chèvre affinés",
        "les invendus du marché en conserves", "la farine de châtaigne", "les jus de pomme et de raisin",
        "les repas de la cantine (120 couverts par jour)", "les colis des personnes âgées isolées", "l'huile d'olive du Bas-Vivarais",
    ];

    private static readonly string[] s_details =
    [
        "sans passer par la centrale d'achat d'Avignon", "avec un point de retrait à la gare routière",
        "en lien avec l'AMAP de Ruoms", "d'ici la prochaine saison touristique", "à condition de trouver un chauffeur",
        "si la Région confirme la subvention LEADER", "en commençant par deux villages test", "avec un coût de revient sous 3 € le kilo",
        "pour éviter 40 km d'aller-retour par famille", "comme à Die, où la légumerie tourne depuis 2019",
    ];

    private static readonly string[] s_nicknames =
    [
        "Mireille", "Jean-Paul", "Hélène", "Benoît", "Françoise", "Aurélien", "Zoé", "Gaëlle", "Noël", "Maïté",
        "Cédric", "Léonie", "Jérôme", "Chloé", "Raphaël", "Anaïs", "Thérèse", "Loïc", "Élodie", "Sébastien",
    ];

    private static readonly string[] s_places =
    [
        "Salle des fêtes, Joyeuse", "Mairie de Largentière, salle du conseil", "Tiers-lieu La Fabrique, Aubenas",
        "Ferme du Chambon, Vinezac", "Médiathèque de Vallon-Pont-d'Arc",
    ];

    private static readonly string[] s_meetingTitles =
    [
        "Atelier canvas", "Plan d'action", "Revue d'étape", "Visite de la légumerie", "Rencontre avec les financeurs",
        "Point sur la logistique", "Atelier prix et coûts", "Préparation du lancement",
    ];

    /// <summary>A canvas entry: one to three sentences.</summary>
    public string Entry() => Sentences(random.Next(1, 4), 490);

    /// <summary>An action: what to do, in one line.</summary>
    public string Action() => $"{Pick(["Appeler", "Écrire à", "Rencontrer", "Chiffrer avec", "Relancer", "Inviter"])} {Pick(s_subjects).ToLowerInvariant()} : {Pick(s_objects)}";

    /// <summary>A milestone's title.</summary>
    public string Milestone() => $"{Pick(["Étude de marché terminée", "Local trouvé", "Premier client signé", "Statuts déposés", "Subvention obtenue", "Tournée test réussie", "Lancement"])} — {Pick(s_details)}";

    /// <summary>A meeting's title.</summary>
    public string MeetingTitle() => Pick(s_meetingTitles);

    /// <summary>Where the group meets.</summary>
    public string Place() => Pick(s_places);

    /// <summary>An agenda of three to five points.</summary>
    public string Agenda() => string.Join('\n', Enumerable.Range(1, random.Next(3, 6)).Select(i => $"{i}. {Pick(s_subjects)} : {Pick(s_objects)}"));

    /// <summary>Minutes of a two-hour meeting: a few thousand characters in paragraphs.</summary>
    public string Minutes() => string.Join("\n\n", Enumerable.Range(0, random.Next(6, 12)).Select(_ => Sentences(random.Next(3, 6), 2000)));

    /// <summary>A decision taken in a meeting.</summary>
    public string Decision() => $"On retient : {Sentences(1, 400)}";

    /// <summary>A nickname, numbered when the list runs out.</summary>
    public string Nickname(int index) => index < s_nicknames.Length ? s_nicknames[index] : $"{s_nicknames[index % s_nicknames.Length]} {index / s_nicknames.Length + 1}";

    private string Sentences(int count, int max)
    {
        var text = string.Join(' ', Enumerable.Range(0, count).Select(_ => $"{Pick(s_subjects)} {Pick(s_verbs)} {Pick(s_objects)}, {Pick(s_details)}."));
        return text.Length <= max ? text : text[..max].TrimEnd();
    }

    private string Pick(IReadOnlyList<string> choices) => choices[random.Next(choices.Count)];
}
