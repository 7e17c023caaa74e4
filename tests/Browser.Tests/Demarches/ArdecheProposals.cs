namespace StartupTerritoire.Browser.Tests.Demarches;

/// <summary>
/// What people of southern Ardèche propose to a consultation, at the length they write it: défis about getting
/// around, housing and food, local projects that want to speed up, and projects seen elsewhere to bring here. The
/// bodies are those the consultation page sends.
/// </summary>
internal static class ArdecheProposals
{
    private static readonly (string Title, string Text, string Theme)[] Defis =
    [
        ("Se déplacer sans voiture entre les hameaux", "Entre Privas, les Ollières et les hameaux du plateau, il n'y a qu'un car le matin et un le soir. Les jeunes et les anciens restent chez eux faute de solution.", "autre"),
        ("Loger les saisonniers et les apprentis", "Les exploitations et les restaurants cherchent du monde chaque été, mais personne ne trouve à se loger à moins de trente kilomètres.", "servicesPersonne"),
        ("Manger local à la cantine du collège", "Le collège sert 400 repas par jour et presque rien ne vient d'Ardèche, alors que les maraîchers de la vallée de l'Eyrieux cherchent des débouchés.", "circuitsCourts"),
        ("Des logements vides au-dessus des commerces", "Dans les bourgs, les étages au-dessus des boutiques sont vides depuis des années. Comment les remettre en location à l'année ?", "autre"),
        ("Covoiturage pour aller travailler à Valence", "Beaucoup font la route seuls chaque jour vers Valence ; un point de rendez-vous et une appli locale changeraient tout.", "autre"),
        ("Transformer les fruits abîmés du verger", "Chaque automne, des tonnes de pommes et de châtaignes restent au sol ou partent à prix cassé faute d'atelier de transformation proche.", "transformationAlimentaire"),
        ("Réparer plutôt que jeter", "Pas un seul atelier de réparation de vélos, d'électroménager ou de vêtements entre Aubenas et Privas.", "economieCirculaire"),
        ("Chauffer les écoles avec le bois des forêts voisines", "Les communes paient le fioul au prix fort alors que les forêts de châtaigniers sont à côté et mal entretenues.", "energiesRenouvelables"),
        ("Garder les médecins et les soignants", "Deux cabinets ont fermé en trois ans ; il faut des conditions d'accueil pour les jeunes soignants.", "servicesPersonne"),
        ("Faire venir les touristes hors saison", "Les gîtes sont pleins en juillet et vides en octobre ; la Dolce Via et les sentiers pourraient vivre toute l'année.", "tourismeDurable"),
        ("Un marché de producteurs le soir", "Les actifs ne peuvent pas aller au marché du samedi matin ; un marché en fin de journée à Privas ?", "circuitsCourts"),
        ("Des ateliers partagés pour les artisans", "Menuisiers, céramistes et couturières travaillent seuls dans leur garage ; un lieu partagé leur ouvrirait des commandes.", "relocalisation"),
        ("Récupérer les matériaux de chantier", "Les déchetteries reçoivent des portes, des tuiles et du bois réutilisables qui finissent enfouis.", "economieCirculaire"),
    ];

    private static readonly (string Title, string Text, string Holder, string Theme)[] Locaux =
    [
        ("Conserverie solidaire", "Une conserverie associative à Vernoux : les maraîchers y transforment leurs invendus en bocaux, les habitants apprennent à faire leurs conserves. Il nous manque un local aux normes.", "Claire Vidal", "transformationAlimentaire"),
        ("Ressourcerie de Privas", "La ressourcerie collecte, répare et revend meubles et objets depuis deux ans ; nous voulons ouvrir un second point de vente et embaucher deux personnes en insertion.", "Karim Benali", "economieCirculaire"),
        ("Épicerie itinérante du plateau", "Un camion-épicerie qui passe chaque semaine dans douze villages avec des produits locaux et les services de base.", "Sophie Marcon", "circuitsCourts"),
        ("Coopérative d'énergie citoyenne", "Des panneaux solaires sur les toits des écoles et des salles des fêtes, financés par les habitants.", "Jean-Luc Roux", "energiesRenouvelables"),
        ("Légumerie pour la restauration collective", "Laver, éplucher et découper les légumes des fermes voisines pour les cantines et l'hôpital.", "Amandine Faure", "transformationAlimentaire"),
        ("Atelier vélo de la vallée", "Un atelier participatif où l'on répare son vélo, avec des vélos à assistance électrique en prêt.", "Thomas Chabert", "economieCirculaire"),
        ("Tiers-lieu de la gare des Ollières", "L'ancienne gare devient café, espace de travail partagé et salle de spectacle.", "Mélanie Vernet", "creationArtistique"),
        ("Moulinage de laine ardéchoise", "Relancer un moulinage pour filer la laine des brebis du plateau au lieu de la brûler.", "Pierre Malosse", "relocalisation"),
        ("Aide aux courses pour les aînés", "Des voisins bénévoles et un service payant pour porter les courses et tenir compagnie aux personnes isolées.", "Nadia Ferrand", "servicesPersonne"),
        ("Séchoir à châtaignes partagé", "Un séchoir collectif pour les petits castanéiculteurs qui n'ont pas les moyens d'en avoir un.", "Olivier Teyssier", "transformationAlimentaire"),
        ("Gîtes d'étape sur la Dolce Via", "Un réseau de gîtes d'étape à vélo, avec portage des bagages entre les villages.", "Laure Chapus", "tourismeDurable"),
        ("Recyclerie du BTP", "Collecter les matériaux de chantier réutilisables et les revendre aux artisans et aux particuliers.", "Fabien Gleize", "economieCirculaire"),
        ("Cantine paysanne du samedi", "Un repas hebdomadaire cuisiné avec les produits des fermes voisines, à prix libre.", "Émilie Rouvière", "circuitsCourts"),
        ("Festival des savoir-faire", "Un week-end où les artisans ouvrent leurs ateliers et transmettent leurs gestes aux jeunes.", "Hugo Delmas", "creationArtistique"),
    ];

    private static readonly (string Title, string Where, string Text, string Link, string Why)[] Ailleurs =
    [
        ("Les Compagnons du Marais", "Marais poitevin", "Une ressourcerie qui forme des personnes éloignées de l'emploi aux métiers du réemploi.", "https://example.org/compagnons-du-marais", "Nous avons les mêmes déchetteries pleines et les mêmes besoins d'insertion."),
        ("Le Bus des Montagnes", "Haute-Loire", "Un transport à la demande réservé la veille par téléphone, financé par les communes et la région.", "https://example.org/bus-des-montagnes", "Nos hameaux sont aussi isolés que les leurs."),
        ("La Conserverie de Mayenne", "Mayenne", "Une conserverie coopérative qui transforme les surplus des maraîchers pour les cantines.", "https://example.org/conserverie-mayenne", "Les cantines d'ici cherchent du local et nos maraîchers ont des surplus."),
        ("Habitat partagé des Baronnies", "Drôme provençale", "Des maisons de village rénovées en colocations pour les saisonniers et les apprentis.", "https://example.org/habitat-baronnies", "Le logement saisonnier est notre premier frein à l'emploi."),
        ("Énergie Partagée en Vercors", "Vercors", "Des centrales villageoises photovoltaïques détenues par les habitants.", "https://example.org/centrales-vercors", "Nos toits et nos communes s'y prêtent."),
        ("Le Champ des Possibles", "Ariège", "Une couveuse agricole qui prête des terres et du matériel aux jeunes paysans.", "https://example.org/champ-des-possibles", "Des fermes vont fermer sans repreneur."),
        ("Repair Café de Die", "Diois", "Des bénévoles qui réparent tout un samedi par mois dans la salle des fêtes.", "https://example.org/repair-cafe-die", "Simple à lancer, et il n'y en a aucun ici."),
        ("Marché du soir de Forcalquier", "Alpes-de-Haute-Provence", "Un marché de producteurs chaque jeudi de 17 h à 20 h, avec une buvette associative.", "https://example.org/marche-forcalquier", "Les actifs d'ici ne peuvent pas aller au marché le matin."),
        ("Cinéma itinérant du Morvan", "Morvan", "Un cinéma qui passe dans les salles des fêtes avec une programmation choisie par les habitants.", "https://example.org/cinema-morvan", "Les villages n'ont plus de lieu de culture."),
        ("La Maison de santé de Saint-Amand", "Cher", "Une maison de santé portée par la commune qui a attiré six jeunes médecins.", "https://example.org/maison-sante", "Deux cabinets ont fermé ici en trois ans."),
        ("Laine du Limousin", "Limousin", "Une filière de laine locale, de la tonte au pull, avec une marque commune.", "https://example.org/laine-limousin", "Nos éleveurs brûlent leur laine faute de débouché."),
        ("Les Paniers du Trièves", "Trièves", "Une plateforme qui rassemble les commandes de trente producteurs pour les livrer en un seul tour.", "https://example.org/paniers-trieves", "Nos producteurs passent leurs journées sur la route."),
        ("Vélo-école de Bourg-en-Bresse", "Ain", "Des cours pour apprendre ou réapprendre le vélo, avec des vélos électriques en prêt.", "https://example.org/velo-ecole", "Avec la Dolce Via, beaucoup voudraient s'y remettre."),
    ];

    /// <summary>Forty proposals: the défis, the local projects and the projects from elsewhere, in turns.</summary>
    public static IReadOnlyList<object> Forty() => [.. All().Take(40)];

    /// <summary>The proposals, as many as asked, the three kinds in turns (a number after the title past the list).</summary>
    public static IEnumerable<object> All()
    {
        for (var round = 0; ; round++)
        {
            var suffix = round == 0 ? "" : $" ({round + 1})";
            for (var i = 0; i < Math.Max(Defis.Length, Math.Max(Locaux.Length, Ailleurs.Length)); i++)
            {
                if (i < Defis.Length)
                {
                    var d = Defis[i];
                    yield return new { kind = "defi", title = d.Title + suffix, text = d.Text, theme = d.Theme, consent = false };
                }

                if (i < Locaux.Length)
                {
                    var l = Locaux[i];
                    yield return new { kind = "projetLocal", title = l.Title + suffix, text = l.Text, theme = l.Theme, holder = l.Holder, consent = false };
                }

                if (i < Ailleurs.Length)
                {
                    var a = Ailleurs[i];
                    yield return new { kind = "projetAilleurs", title = a.Title + suffix, text = a.Text, where = a.Where, link = a.Link, why = a.Why, consent = false };
                }
            }
        }
    }
}
