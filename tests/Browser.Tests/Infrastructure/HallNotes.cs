namespace StartupTerritoire.Browser.Tests.Infrastructure;

/// <summary>
/// What a hall of 300 writes: the 240 notes of the shared development data (an Ardèche soirée, 24 ideas of 10 notes,
/// read at run time from ../shared/data/clustering/notes_fr.tsv beside the repository), and 60 more written here, of
/// every length up to one of 400 characters, to reach 300.
/// </summary>
internal static class HallNotes
{
    /// <summary>A note of the development data and the idea it belongs to.</summary>
    internal sealed record IdeaNote(string Id, string Idea, string Text);

    /// <summary>The one note of 400 characters: the board cuts it, the phones and the exports keep it whole.</summary>
    public const string Long =
        "Je vis à Valgorge depuis trente ans et je vois les commerces fermer un par un : la boulangerie, puis la poste, puis le bar du village. " +
        "Ce qui manque, ce n'est pas l'envie mais un lieu où se retrouver. Je propose que la commune rachète l'ancien hôtel pour en faire un lieu " +
        "multiservice : épicerie avec les produits des fermes, point poste, café le matin, salle pour les associations et chambres l'été.";

    /// <summary>A 25th regroupement beside the 24 ideas, with a title long enough to be cut.</summary>
    public const string LongTitle = "Un lieu multiservice pour garder la vie dans les hameaux de la haute vallée";

    private static readonly Lazy<IReadOnlyList<IdeaNote>> s_ardeche = new(Read);

    /// <summary>The 240 notes of the development data, in file order.</summary>
    public static IReadOnlyList<IdeaNote> Ardeche => s_ardeche.Value;

    /// <summary>The 24 ideas of the development data, each with its 10 notes, in file order of first appearance.</summary>
    public static IReadOnlyList<(string Idea, IReadOnlyList<IdeaNote> Notes)> Ideas =>
        [.. Ardeche.GroupBy(n => n.Idea).Select(g => (g.Key, (IReadOnlyList<IdeaNote>)[.. g]))];

    /// <summary>Titles an animator would give the 24 ideas.</summary>
    public static string TitleOf(string idea) => idea switch
    {
        "ressourcerie" => "Ressourcerie des matériaux",
        "repair_cafe" => "Repair café",
        "consigne_verre" => "Consigne du verre",
        "drive_fermier" => "Drive fermier",
        "cantine_locale" => "Cantines locales",
        "marche_producteurs" => "Marchés de producteurs",
        "conserverie_partagee" => "Conserverie partagée",
        "chataigne" => "Valoriser la châtaigne",
        "surplus_fruits" => "Surplus de fruits",
        "solaire_citoyen" => "Solaire citoyen",
        "bois_energie" => "Bois énergie",
        "micro_hydro" => "Micro-hydroélectricité",
        "atelier_partage" => "Atelier partagé",
        "filiere_laine" => "Filière laine",
        "transmission_metiers" => "Transmettre les métiers",
        "residence_artistes" => "Résidences d'artistes",
        "spectacle_itinerant" => "Spectacle itinérant",
        "art_mural" => "Art mural",
        "transport_solidaire" => "Transport solidaire",
        "maintien_domicile" => "Bien vieillir chez soi",
        "garde_enfants" => "Garde d'enfants",
        "itinerance_douce" => "Itinérance douce",
        "agritourisme" => "Agritourisme",
        "etaler_saison" => "Étaler la saison",
        _ => throw new ArgumentOutOfRangeException(nameof(idea), idea, "Not an idea of the development data."),
    };

    /// <summary>The 60 notes written for these tests, the 400-character one last.</summary>
    public static IReadOnlyList<string> More { get; } =
    [
        "Un atelier vélo itinérant qui passe dans chaque village le samedi matin",
        "Créer une coopérative d'habitants pour racheter la dernière épicerie de Rocles avant qu'elle ferme",
        "des jardins partagés au pied des immeubles d'Aubenas",
        "Navette l'été entre les campings et les marchés de producteurs, pour laisser la voiture au camping",
        "Baliser les sentiers de la châtaigneraie avec des panneaux en occitan et en français",
        "Pourquoi pas un fablab dans l'ancienne usine de moulinage de Chirols ?",
        "Partager les outils agricoles entre voisins (broyeur, fendeuse, remorque) avec un simple cahier de prêt",
        "Une fête des semences paysannes chaque automne à Largentière",
        "Des lycéens qui aident les anciens avec leur téléphone et leurs démarches en ligne",
        "un séchoir commun pour les plantes aromatiques et médicinales",
        "Les écoles pourraient visiter les fermes au moins une fois par trimestre",
        "Un festival de contes dans les hameaux, les conteurs dormiraient chez l'habitant",
        "récupérer la laine des brebis du plateau au lieu de la brûler !!",
        "Une banque de temps : une heure de jardinage contre une heure de couture",
        "Ouvrir la cantine du collège aux anciens le midi pour manger ensemble",
        "faire un compost collectif à la sortie du marché de Joyeuse",
        "Des gîtes d'étape le long de la voie verte, on en manque vraiment",
        "Une micro-crèche parentale aux Vans, l'attente pour une place dépasse un an",
        "Former des jeunes à la restauration des murets en pierre sèche",
        "Un point de retrait des paniers à la gare routière d'Aubenas",
        "Transformer les pêches invendues en confitures avec le chantier d'insertion",
        "covoiturage organisé pour aller bosser à Montélimar 🚗",
        "Une salle de répétition pour les groupes de musique des jeunes, il n'y a rien ici",
        "Des panneaux solaires sur le toit du gymnase, financés par les habitants",
        "Des chantiers participatifs pour rénover les maisons vides des centres-bourgs",
        "Un camion frigorifique partagé entre les producteurs de fromage de chèvre",
        "Faire revenir un médecin : une maison de santé avec un logement fourni ?",
        "Un marché de Noël réservé aux artisans du pays",
        "Portage de repas cuisinés avec les légumes des fermes du plateau",
        "Faire visiter les calades et les moulins par les anciens qui les connaissent",
        "Un tiers-lieu dans l'ancienne gare de Lalevade : coworking, café, ateliers",
        "Apprendre à greffer les vieux châtaigniers avant que le savoir se perde",
        "Une monnaie locale acceptée chez les commerçants et les producteurs",
        "des toilettes sèches et des points d'eau le long des gorges, l'été c'est la cata",
        "Randonnées avec un âne pour les familles, sans voiture du début à la fin",
        "Une boutique collective pour les potiers et les vanniers du pays",
        "Remettre en route les petits moulins sur les béals de la Beaume",
        "Un repair café une fois par mois à la médiathèque",
        "Des résidences d'artistes dans les magnaneries abandonnées",
        "Signaler les fruits tombés des arbres des communes pour que chacun les ramasse",
        "Aider les jeunes agriculteurs à trouver des terres avant qu'elles deviennent des résidences secondaires",
        "Un annuaire des savoir-faire : qui sait tailler, qui sait tricoter, qui sait souder",
        "Un bus des services publics qui passe une fois par semaine dans chaque village",
        "Relancer la soie, il reste des mûriers partout",
        "des ateliers cuisine avec les restes du marché pour les familles",
        "Une conserverie mobile qui irait de ferme en ferme ?",
        "Des stages hors saison pour les visiteurs : vannerie, pierre sèche, cuisine de la châtaigne",
        "Des bornes de recharge pour vélos électriques en haut des cols",
        "Un troc de graines et de plants au printemps dans chaque commune",
        "Un chantier d'insertion qui entretient les sentiers de randonnée",
        "Une école en forêt pour les petits, une matinée par semaine",
        "Prêter des vélos cargo aux familles pour aller à l'école",
        "Le bois des coupes communales pour chauffer les écoles, sans intermédiaire",
        "Un café associatif tenu par les jeunes, avec un concert le vendredi",
        "Repérer les toits bien exposés pour une centrale solaire villageoise",
        "Une garde d'enfants le soir pour que les parents puissent venir aux réunions",
        "Loger les saisonniers dans les maisons vides l'hiver et le printemps",
        "une fresque sur le mur de la cave coopérative, peinte par les habitants",
        "Des paniers de légumes livrés aux salariés sur leur lieu de travail",
        Long,
    ];

    /// <summary>The 300 notes of a full hall: the development data's, then the 60 above.</summary>
    public static IReadOnlyList<string> All => [.. Ardeche.Select(n => n.Text), .. More];

    private static IReadOnlyList<IdeaNote> Read()
    {
        var path = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "data", "clustering", "notes_fr.tsv"));
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The development data {path} is missing: it lives beside the repository in ../shared/data/clustering.", path);
        }

        var rows = File.ReadAllLines(path).Where(r => r.Length > 0).Select(r => r.Split('\t')).ToList();
        var header = rows[0];
        var (id, idea, text) = (Array.IndexOf(header, "id"), Array.IndexOf(header, "idea"), Array.IndexOf(header, "text"));
        return [.. rows.Skip(1).Select(r => new IdeaNote(r[id], r[idea], r[text]))];
    }
}
