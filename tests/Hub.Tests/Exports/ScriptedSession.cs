using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Pistes;
using StartupTerritoire.WorkshopEngine.Sessions;

namespace StartupTerritoire.Server.Tests.Exports;

/// <summary>
/// A whole soirée driven through the engine's commands on a fixed clock with fixed ids, so its exports are the same on
/// every run: three tables, one workshop of each format, hidden notes revealed, an edit, clusters, dots, stars,
/// ratings, pistes, sign-ups with and without consent, then the close.
/// </summary>
internal sealed class ScriptedSession
{
    public static readonly DateTimeOffset Start = new(2026, 11, 27, 18, 30, 0, TimeSpan.Zero);
    private static readonly Actor s_animator = new(Role.Animator, "animateur");
    private readonly List<StoredEvent> _events = [];
    private Session _session = null!;
    private DateTimeOffset _now = Start;

    public IReadOnlyList<StoredEvent> Events => _events;

    public Session Session => _session;

    /// <summary>The evening; <paramref name="text"/> replaces what people typed (hostile input tests).</summary>
    public static ScriptedSession Run(bool anonymous = false, Func<int, string?>? text = null)
    {
        var e = new ScriptedSession();
        string T(int i, string fallback) => text?.Invoke(i) ?? fallback;
        e.Do(_ => Session.Create("soiree-test", T(0, "Soirée créative du Val de Ligne"), "fr", "ACDEFGHJ", anonymous, s_animator.Id));
        e.Do(s => s.AddWorkshop(s_animator, "w-emergence", WorkshopFormat.Emergence, T(1, "Se déplacer sans voiture"),
            new WorkshopInput(Challenge: new Challenge("Comment se déplacer sans voiture dans nos villages ?", "Mobilité"))));
        e.Do(s => s.AddWorkshop(s_animator, "w-acceleration", WorkshopFormat.Acceleration, "Conserverie mobile",
            new WorkshopInput(ProjectCard: new ProjectCard("Marie", "Une conserverie qui passe de ferme en ferme.", "Un local, des bocaux"))));
        e.Do(s => s.AddWorkshop(s_animator, "w-essaimage", WorkshopFormat.Essaimage, "Recyclerie de Die",
            new WorkshopInput(ExternalProject: new ExternalProject("La Recyclerie", "Diois", "Une recyclerie associative qui répare et revend.", ["Des bénévoles", "Un local prêté"]))));
        e.Do(s => s.AddTable(s_animator, "t1", "Table 1", "w-emergence"));
        e.Do(s => s.AddTable(s_animator, "t2", "Table 2", "w-acceleration"));
        e.Do(s => s.AddTable(s_animator, "t3", "Table 3", "w-essaimage"));
        e.Do(s => s.AssignCoAnimator(s_animator, "t1", "co-t1"));
        e.Do(s => s.Open(s_animator));

        var alice = e.Join("p-alice", T(2, "Alice"), "t1");
        var bruno = e.Join("p-bruno", "Bruno", "t1");
        var marie = e.Join("p-marie", "Marie", "t2");
        var chloe = e.Join("p-chloe", "Chloé", "t3");

        // Émergence at table 1: private ideas, an edit, the reveal, clusters, dots, a piste and two volunteers.
        e.Round("w-emergence", "ideation");
        e.Do((s, now) => s.AddNote(alice, now, "n1", "w-emergence", "idee", T(3, "Un covoiturage organisé par la mairie"), null));
        e.Do((s, now) => s.AddNote(bruno, now, "n2", "w-emergence", "idee", T(4, "Des vélos électriques en prêt"), "vert"));
        e.Do((s, now) => s.AddNote(alice, now, "n3", "w-emergence", "idee", T(5, "=SOMME(A1:A3), \"navette\"; le mardi\nvers Aubenas"), null));
        e.Do((s, now) => s.AddNote(bruno, now, "n4", "w-emergence", "idee", "Autostop sécurisé", null));
        e.Do((s, now) => s.EditNote(bruno, now, "n4", T(6, "Autostop organisé avec des arrêts sûrs")));
        e.End("w-emergence", "ideation");
        e.Round("w-emergence", "regroupement");
        e.Do(s => s.CreateCluster(s_animator, "c-partage", "w-emergence", "Partager la voiture", ["n1", "n4"]));
        e.Do(s => s.CreateCluster(s_animator, "c-velo", "w-emergence", T(7, "Le vélo"), ["n2"]));
        e.End("w-emergence", "regroupement");
        e.Round("w-emergence", "vote");
        e.Do((s, now) => s.CastVote(alice, now, "w-emergence", "c-partage"));
        e.Do((s, now) => s.CastVote(alice, now, "w-emergence", "c-partage"));
        e.Do((s, now) => s.CastVote(alice, now, "w-emergence", "c-velo"));
        e.Do((s, now) => s.CastVote(bruno, now, "w-emergence", "c-partage"));
        e.Do((s, now) => s.CastVote(bruno, now, "w-emergence", "n3"));
        e.End("w-emergence", "vote");
        e.Round("w-emergence", "pistes");
        e.Do(s => s.PromoteToPiste(s_animator, "p-covoit", "w-emergence", "c-partage", T(8, "Covoiturage de village")));
        e.Do(s => s.SignUp(alice, "p-covoit", new ContactDetails("Alice Martin", "alice@example.org", "06 12 34 56 78"), consent: true));
        e.Do(s => s.SignUp(bruno, "p-covoit", new ContactDetails("Bruno", "bruno@example.org", null), consent: false));
        e.End("w-emergence", "pistes");

        // Accélération at table 2: questions, contributions in columns, the holder's stars, a volunteer.
        e.Do(s => s.AssignHolder(s_animator, "w-acceleration", marie.Id));
        e.Seat("t2", alice, bruno, chloe);
        e.Round("w-acceleration", "questions");
        e.Do((s, now) => s.AddNote(chloe, now, "n5", "w-acceleration", "question", "Quel budget pour le camion ?", null));
        e.End("w-acceleration", "questions");
        e.Round("w-acceleration", "enrichissement");
        e.Do((s, now) => s.AddNote(chloe, now, "n6", "w-acceleration", "ressources", "La cuisine de la salle des fêtes", null));
        e.Do((s, now) => s.AddNote(alice, now, "n7", "w-acceleration", "coups-de-main", T(9, "Je peux aider à étiqueter"), null));
        e.Do((s, now) => s.AddNote(bruno, now, "n8", "w-acceleration", "vigilance", "-Normes sanitaires", null));
        e.End("w-acceleration", "enrichissement");
        e.Round("w-acceleration", "tri");
        e.Do((s, now) => s.Star(marie, now, "w-acceleration", "n6", true));
        e.Do(s => s.CreateCluster(s_animator, "c-lieux", "w-acceleration", "Lieux", ["n6"]));
        e.End("w-acceleration", "tri");
        e.Round("w-acceleration", "engagements");
        e.Do(s => s.PromoteToPiste(s_animator, "p-conserverie", "w-acceleration", null, "Atelier de conserverie partagé"));
        e.Do(s => s.SignUp(alice, "p-conserverie", new ContactDetails(null, "alice@example.org", null), consent: true));
        e.End("w-acceleration", "engagements");

        // Essaimage at table 3: the canvas, ratings, who carries it.
        e.Seat("t3", alice, marie, chloe);
        e.Round("w-essaimage", "transposition");
        e.Do((s, now) => s.AddNote(chloe, now, "n9", "w-essaimage", "tel-quel", "L'atelier de réparation", null));
        e.Do((s, now) => s.AddNote(marie, now, "n10", "w-essaimage", "a-adapter", "+ Ouvrir le samedi", null));
        e.Do((s, now) => s.AddNote(chloe, now, "n11", "w-essaimage", "obstacles", "@Pas de local", null));
        e.End("w-essaimage", "transposition");
        e.Round("w-essaimage", "faisabilite");
        e.Do((s, now) => s.Rate(chloe, now, "w-essaimage", 4));
        e.Do((s, now) => s.Rate(marie, now, "w-essaimage", 3));
        e.Do((s, now) => s.Rate(alice, now, "w-essaimage", 5));
        e.End("w-essaimage", "faisabilite");
        e.Round("w-essaimage", "qui-porte");
        e.Do(s => s.PromoteToPiste(s_animator, "p-recyclerie", "w-essaimage", null, "Recyclerie du Val"));
        e.Do(s => s.SignUp(chloe, "p-recyclerie", new ContactDetails("Chloé", null, "04 75 00 00 00"), consent: true));
        e.End("w-essaimage", "qui-porte");
        e.Do(s => s.Close(s_animator));
        return e;
    }

    private Actor Join(string id, string nickname, string table)
    {
        Do(s => s.Join(id, nickname, table));
        return new Actor(Role.Participant, id, table);
    }

    private void Seat(string tableId, params Actor[] people)
    {
        foreach (var p in people)
        {
            Do(s => s.ChooseTable(p, p.Id, tableId));
        }
    }

    private void Round(string workshopId, string roundId) => Do((s, now) => s.StartRound(s_animator, now, workshopId, roundId));

    private void End(string workshopId, string roundId) => Do(s => s.EndRound(s_animator, workshopId, roundId));

    private void Do(Func<Session, Decision> command) => Do((s, _) => command(s));

    /// <summary>Decides at the fixed clock, stores and folds like the server; the clock moves 20 seconds a command.</summary>
    private void Do(Func<Session, DateTimeOffset, Decision> command)
    {
        var decision = command(_session ?? Session.FromEvents([]), _now);
        foreach (var e in decision.Events)
        {
            var stored = new StoredEvent(_events.Count + 1, _now, e);
            _events.Add(stored);
            if (_session is null)
            {
                _session = Session.FromEvents([stored]);
            }
            else
            {
                _session.Apply(stored);
            }
        }

        _now = _now.AddSeconds(20);
    }
}
