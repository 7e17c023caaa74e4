using StartupTerritoire.WorkshopEngine.Rounds;

namespace StartupTerritoire.WorkshopEngine.Formats;

/// <summary>
/// The default script of each format, as data (PRODUCT.md, "The three formats"). The animator may then change every
/// name, duration and rule; nothing in the engine depends on a format beyond this table.
/// </summary>
public static class DefaultScripts
{
    private static readonly (string, LocalizedText) s_idea = ("idee", new("Idée", "Idea"));
    private static readonly (string, LocalizedText) s_question = ("question", new("Question", "Question"));
    private static readonly DotVoting s_dots = new(Budget: 3, CapPerTarget: 2);

    private static readonly IReadOnlyDictionary<WorkshopFormat, IReadOnlyList<RoundTemplate>> s_scripts =
        new Dictionary<WorkshopFormat, IReadOnlyList<RoundTemplate>>
        {
            [WorkshopFormat.Emergence] =
            [
                new("cadrage", new("Cadrage", "Framing"),
                    new("Le défi est à l'écran : lisez-le, posez vos questions.", "The challenge is on the board: read it, ask your questions."),
                    TimeSpan.FromMinutes(2), [], RoundRules.ReadOnly),
                new("ideation", new("Idéation silencieuse", "Silent ideation"),
                    new("Écrivez vos idées, une par post-it. Elles restent cachées jusqu'à la révélation.", "Write your ideas, one per note. They stay hidden until revealed."),
                    TimeSpan.FromMinutes(6), [s_idea], new([], PrivateUntilReveal: true)),
                new("regroupement", new("Révélation et regroupement", "Reveal and clustering"),
                    new("Les idées sont révélées et regroupées.", "Ideas are revealed and clustered."),
                    TimeSpan.FromMinutes(8), [s_idea], new([], RevealOnStart: true, Clustering: true)),
                new("vote", new("Vote", "Vote"),
                    new("Placez vos 3 gommettes, 2 au plus sur un même regroupement.", "Place your 3 dots, at most 2 on one cluster."),
                    TimeSpan.FromMinutes(3), [], new([], Voting: s_dots)),
                new("pistes", new("Pistes", "Candidate activities"),
                    new("Les regroupements retenus deviennent des pistes d'activité : engagez-vous !", "The top clusters become candidate activities: sign up!"),
                    TimeSpan.FromMinutes(5), [], new([], SignUps: true)),
            ],
            [WorkshopFormat.Acceleration] =
            [
                new("pitch", new("Pitch", "Pitch"),
                    new("Le porteur présente son projet.", "The holder pitches the project."),
                    TimeSpan.FromMinutes(3), [], RoundRules.ReadOnly),
                new("questions", new("Questions", "Questions"),
                    new("Posez vos questions au porteur.", "Ask the holder your questions."),
                    TimeSpan.FromMinutes(4), [s_question], new([])),
                new("enrichissement", new("Enrichissement", "Enrichment"),
                    new("Enrichissez le projet, dans la colonne qui convient.", "Enrich the project, in the right column."),
                    TimeSpan.FromMinutes(8),
                    [
                        ("idees", new("Idées", "Ideas")),
                        ("ressources", new("Ressources", "Resources")),
                        ("contacts", new("Contacts et partenaires", "Contacts and partners")),
                        ("coups-de-main", new("Coups de main", "Offers of help")),
                        ("vigilance", new("Points de vigilance", "Watch-outs")),
                    ],
                    new([])),
                new("tri", new("Tri", "Sorting"),
                    new("Les contributions sont regroupées ; le porteur marque ce qu'il garde.", "Contributions are clustered; the holder stars what they keep."),
                    TimeSpan.FromMinutes(4), [], new([], Clustering: true, HolderStars: true)),
                new("engagements", new("Engagements", "Sign-ups"),
                    new("Qui donne un coup de main ? Laissez vos coordonnées si vous le souhaitez.", "Who helps? Leave your contact details if you wish."),
                    TimeSpan.FromMinutes(3), [], new([], SignUps: true)),
            ],
            [WorkshopFormat.Essaimage] =
            [
                new("presentation", new("Présentation", "Presentation"),
                    new("Le projet venu d'ailleurs est présenté.", "The project from elsewhere is presented."),
                    TimeSpan.FromMinutes(4), [], RoundRules.ReadOnly),
                new("transposition", new("Transposition", "Transposition"),
                    new("Que faut-il pour le faire ici ? Écrivez dans la colonne qui convient.", "What would it take here? Write in the right column."),
                    TimeSpan.FromMinutes(8),
                    [
                        ("tel-quel", new("Ce qui se transpose tel quel", "What transfers as is")),
                        ("a-adapter", new("Ce qu'il faut adapter", "What must be adapted")),
                        ("ressources-locales", new("Ressources et acteurs locaux", "Local resources and actors")),
                        ("obstacles", new("Obstacles locaux", "Local obstacles")),
                    ],
                    new([])),
                new("regroupement", new("Regroupement", "Clustering"),
                    new("Les contributions sont regroupées.", "Contributions are clustered."),
                    TimeSpan.FromMinutes(5), [], new([], Clustering: true)),
                new("faisabilite", new("Faisabilité", "Feasibility"),
                    new("Notez de 1 à 5 : ce projet est-il transposable ici ?", "Rate 1 to 5: can this project work here?"),
                    TimeSpan.FromMinutes(3), [], new([], Rating: true)),
                new("qui-porte", new("Qui porte ?", "Who carries it?"),
                    new("Qui veut porter ce projet ici ?", "Who wants to carry this project here?"),
                    TimeSpan.FromMinutes(3), [], new([], SignUps: true)),
            ],
        };

    /// <summary>The default rounds of a format.</summary>
    public static IReadOnlyList<RoundTemplate> Templates(WorkshopFormat format) => s_scripts[format];

    /// <summary>The default rounds of a format in a language ("fr" or "en").</summary>
    public static IReadOnlyList<Round> Rounds(WorkshopFormat format, string language) =>
        [.. Templates(format).Select(t => t.ToRound(language))];
}
