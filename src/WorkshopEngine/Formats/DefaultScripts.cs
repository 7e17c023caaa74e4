using StartupTerritoire.WorkshopEngine.Groups;
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
            // A working group's meetings: the same machinery, with the canvas's blocks as the writing columns, so what
            // the room writes can be kept into the canvas block by block.
            [WorkshopFormat.AtelierCanvas] =
            [
                new("cadrage", new("Cadrage", "Framing"),
                    new("Le canevas tel qu'il est : ce qui manque, ce qui a changé depuis la dernière fois.", "The canvas as it stands: what is missing, what changed since last time."),
                    TimeSpan.FromMinutes(3), [], RoundRules.ReadOnly),
                new("ecriture", new("Écriture dans le canevas", "Writing into the canvas"),
                    new("Une idée par post-it, dans le bloc du canevas qui convient.", "One idea per note, in the right block of the canvas."),
                    TimeSpan.FromMinutes(10), CanvasBlocks.All, new([])),
                new("regroupement", new("Regroupement", "Clustering"),
                    new("Les post-it sont regroupés par bloc.", "Notes are clustered block by block."),
                    TimeSpan.FromMinutes(8), [], new([], Clustering: true)),
                new("choix", new("Choix", "Choice"),
                    new("Placez vos 3 gommettes sur ce qui doit entrer dans le canevas.", "Place your 3 dots on what should go into the canvas."),
                    TimeSpan.FromMinutes(4), [], new([], Voting: s_dots)),
            ],
            [WorkshopFormat.PlanAction] =
            [
                new("propositions", new("Propositions d'actions", "Proposed actions"),
                    new("Une action par post-it : quoi faire, concrètement, d'ici la prochaine réunion.", "One action per note: what to do, concretely, before the next meeting."),
                    TimeSpan.FromMinutes(8), [("action", new("Action", "Action"))], new([])),
                new("regroupement", new("Regroupement", "Clustering"),
                    new("Les actions semblables sont regroupées en cartes d'action.", "Similar actions are grouped into action cards."),
                    TimeSpan.FromMinutes(5), [], new([], Clustering: true)),
                new("engagements", new("Qui s'en charge ?", "Who takes it on?"),
                    new("Inscrivez-vous sur les cartes d'action que vous prenez en charge.", "Sign up for the action cards you take on."),
                    TimeSpan.FromMinutes(5), [], new([], SignUps: true)),
            ],
            [WorkshopFormat.RevueEtape] =
            [
                new("tour", new("Tour des jalons", "Milestones round"),
                    new("Chaque jalon de la feuille de route est passé en revue.", "Each milestone of the road to launch is reviewed."),
                    TimeSpan.FromMinutes(5), [], RoundRules.ReadOnly),
                new("retours", new("Retours", "Feedback"),
                    new("Écrivez dans la colonne qui convient.", "Write in the right column."),
                    TimeSpan.FromMinutes(8),
                    [
                        ("avance", new("Ce qui a avancé", "What moved forward")),
                        ("bloque", new("Ce qui bloque", "What is blocked")),
                        ("decider", new("Ce qu'il faut décider", "What must be decided")),
                    ],
                    new([])),
                new("regroupement", new("Regroupement", "Clustering"),
                    new("Les retours sont regroupés.", "Feedback is clustered."),
                    TimeSpan.FromMinutes(5), [], new([], Clustering: true)),
                new("decisions", new("Décisions", "Decisions"),
                    new("Placez vos 3 gommettes sur les décisions à prendre en premier.", "Place your 3 dots on the decisions to take first."),
                    TimeSpan.FromMinutes(4), [], new([], Voting: s_dots)),
            ],
        };

    /// <summary>The default rounds of a format.</summary>
    public static IReadOnlyList<RoundTemplate> Templates(WorkshopFormat format) => s_scripts[format];

    /// <summary>The default rounds of a format in a language ("fr" or "en").</summary>
    public static IReadOnlyList<Round> Rounds(WorkshopFormat format, string language) =>
        [.. Templates(format).Select(t => t.ToRound(language))];
}
