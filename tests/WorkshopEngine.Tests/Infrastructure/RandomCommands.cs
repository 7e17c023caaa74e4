using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Clustering;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Pistes;
using StartupTerritoire.WorkshopEngine.Rounds;
using StartupTerritoire.WorkshopEngine.Sessions;

namespace StartupTerritoire.WorkshopEngine.Tests.Infrastructure;

/// <summary>
/// Draws commands at random over a small world of ids, so that most are valid and many are not: unknown ids,
/// wrong roles, wrong rounds, empty or too long texts. Every command is named, for the failure log.
/// </summary>
internal sealed class RandomCommands(Random random)
{
    private static readonly string[] s_participants = ["p0", "p1", "p2", "p3", "p4"];
    private static readonly string[] s_workshops = ["w0", "w1", "w2", "w3"];
    private static readonly string[] s_tables = ["t0", "t1", "t2"];
    private static readonly string[] s_clusters = ["c0", "c1", "c2", "c3", "c4", "c5"];
    private static readonly string[] s_pistes = ["s0", "s1", "s2"];
    private static readonly string[] s_columns =
        ["idee", "question", "idees", "ressources", "contacts", "coups-de-main", "vigilance", "tel-quel", "a-adapter", "ressources-locales", "obstacles", "nope"];
    private static readonly string[] s_texts = ["Une idée", "  Un four à pain  ", "", "   ", "Cafe\u0301", "x\u0000y", "Ligne\r\nsuivante"];
    private static readonly string[] s_colours = ["jaune", "rose", "vert", "fuchsia", ""];

    public (string Name, Func<Session, DateTimeOffset, Decision> Command) Next(Session session)
    {
        var actor = Actor(session);
        var w = random.Next(8) == 0 ? Pick(s_workshops) : Pick(s_workshops[..3]);
        var runner = random.Next(3) > 0 ? SessionDriver.Animator : actor;
        var r = RoundOf(session, w);
        var n = NoteId(session);
        return random.Next(40) switch
        {
            0 => ("open", (s, _) => s.Open(Staff())),
            1 or 2 => ("join", (s, _) => s.Join(Pick(s_participants), random.Next(8) == 0 ? " " : "Pseudo", MaybeTable())),
            3 or 4 or 5 or 6 or 7 => ($"add-note {n} {w}", (s, now) => s.AddNote(actor, now, n, w, Column(session, w), Pick(s_texts), null)),
            8 => ($"edit-note {n}", (s, now) => s.EditNote(actor, now, n, Pick(s_texts))),
            9 => ($"delete-note {n}", (s, now) => s.DeleteNote(actor, now, n)),
            10 => ($"move/recolour {n}", random.Next(2) == 0
                ? (s, now) => s.MoveNote(actor, now, n, Pick(s_columns))
                : (s, now) => s.RecolourNote(actor, now, n, Pick(s_colours))),
            11 => ($"reveal {w}", (s, _) => s.RevealNotes(runner, w, random.Next(2) == 0 ? null : [n])),
            12 or 13 or 14 => ($"start {w}/{r}", (s, now) => s.StartRound(runner, now, w, r)),
            15 => ($"pause {w}/{r}", (s, now) => s.PauseRound(runner, now, w, r)),
            16 => ($"resume {w}/{r}", (s, now) => s.ResumeRound(runner, now, w, r)),
            17 => ($"extend {w}/{r}", (s, _) => s.ExtendRound(runner, w, r, TimeSpan.FromSeconds(random.Next(-5, 120)))),
            18 => ($"end/skip {w}/{r}", random.Next(2) == 0 ? (s, _) => s.EndRound(runner, w, r) : (s, _) => s.SkipRound(runner, w, r)),
            19 or 20 => ("clock", (s, now) => s.AdvanceClock(now)),
            21 => ($"auto-advance {w}/{r}", (s, _) => UpdateRound(s, runner, w, r)),
            22 => ($"create-cluster {w}", (s, _) => s.CreateCluster(runner, Pick(s_clusters), w, Pick(s_texts), Notes(session, w))),
            23 => ("merge", (s, _) => s.MergeClusters(actor, Pick(s_clusters), [Pick(s_clusters)])),
            24 => ("split", (s, _) => s.SplitCluster(actor, Pick(s_clusters), Pick(s_clusters), "Partie", [n])),
            25 => ("place", (s, _) => s.PlaceNotes(actor, [n], random.Next(3) == 0 ? null : Pick(s_clusters))),
            26 => ("delete/rename-cluster", random.Next(2) == 0
                ? (s, _) => s.DeleteCluster(actor, Pick(s_clusters))
                : (s, _) => s.RenameCluster(actor, Pick(s_clusters), Pick(s_texts))),
            27 => ($"accept {w}", (s, _) => s.AcceptSuggestion(runner, w,
                [new AcceptedGroup(Pick(s_clusters), "Suggéré", Notes(session, w)), new AcceptedGroup(Pick(s_clusters), "Autre", [n])])),
            28 or 29 => ($"vote {w}", random.Next(4) == 0
                ? (s, now) => s.WithdrawVote(actor, now, w, Target(session, w))
                : (s, now) => s.CastVote(actor, now, w, Target(session, w))),
            30 => ($"rate {w}", (s, now) => s.Rate(actor, now, w, random.Next(0, 7))),
            31 => ($"star {w}", (s, now) => s.Star(actor, now, w, Target(session, w), random.Next(3) > 0)),
            32 => ($"promote {w}", (s, _) => s.PromoteToPiste(runner, Pick(s_pistes), w, random.Next(2) == 0 ? null : Pick(s_clusters), Pick(s_texts))),
            33 or 34 => ("sign-up", random.Next(4) == 0
                ? (s, _) => s.WithdrawSignUp(actor, Pick(s_pistes))
                : (s, _) => s.SignUp(actor, Pick(s_pistes), new ContactDetails("Léa", random.Next(3) == 0 ? "pas-un-mail" : "lea@example.org", null), random.Next(2) == 0)),
            35 => ("lock/anonymous", random.Next(2) == 0
                ? (s, _) => s.LockJoining(Staff(), random.Next(2) == 0)
                : (s, _) => s.UpdateSettings(Staff(), "Soirée", "fr", random.Next(2) == 0)),
            36 => ("table", random.Next(3) switch
            {
                0 => (s, _) => s.AddTable(Staff(), Pick(s_tables), "Table", random.Next(3) == 0 ? null : w),
                1 => (s, _) => s.RemoveTable(Staff(), Pick(s_tables)),
                _ => (s, _) => s.AssignCoAnimator(Staff(), Pick(s_tables), "co-" + Pick(s_tables)),
            }),
            37 => ("seat/holder", random.Next(2) == 0
                ? (s, _) => s.ChooseTable(actor, Pick(s_participants), MaybeTable())
                : (s, _) => s.AssignHolder(Staff(), w, random.Next(3) == 0 ? null : Pick(s_participants))),
            38 => ("workshop", random.Next(2) == 0
                ? (s, _) => s.AddWorkshop(Staff(), w, (WorkshopFormat)random.Next(3), "Atelier", WorkshopInputs.For((WorkshopFormat)random.Next(3)))
                : (s, _) => s.RemoveWorkshop(Staff(), w)),
            _ => random.Next(20) == 0 ? ("close", (s, _) => s.Close(Staff())) : ("focus", (s, _) => s.SetCurrentWorkshop(Staff(), w)),
        };
    }

    private Decision UpdateRound(Session s, Actor actor, string w, string r)
    {
        var round = s.FindWorkshop(w)?.FindRound(r);
        return round is null
            ? s.UpdateRound(actor, w, r, "Étape", null, TimeSpan.FromMinutes(1), new([]), true)
            : s.UpdateRound(actor, w, r, round.Name, round.Instructions, TimeSpan.FromSeconds(random.Next(0, 200)), round.Rules, random.Next(2) == 0);
    }

    private Actor Actor(Session session) => random.Next(10) switch
    {
        < 4 => new Actor(Role.Participant, session.Participants.Count > 0 && random.Next(4) > 0
            ? session.Participants.ElementAt(random.Next(session.Participants.Count)).Id
            : Pick(s_participants)),
        < 7 => SessionDriver.Animator,
        < 9 => CoAnimator(),
        _ => random.Next(2) == 0 ? SessionDriver.Board : new Actor(Role.Participant, session.Participants.Count > 0 ? "p9" : "p0"),
    };

    private Actor CoAnimator()
    {
        var table = Pick(s_tables);
        return new Actor(Role.CoAnimator, "co-" + table, random.Next(4) > 0 ? table : Pick(s_tables));
    }

    private Actor Staff() => random.Next(8) == 0 ? new Actor(Role.Participant, "p0") : SessionDriver.Animator;

    private string RoundOf(Session session, string workshopId)
    {
        var rounds = session.FindWorkshop(workshopId)?.Rounds;
        if (rounds is not { Count: > 0 } || random.Next(8) == 0)
        {
            return "nope";
        }

        // Half the time, the round a real animator would touch next: the active one, else the first pending one.
        var next = rounds.FirstOrDefault(x => x.Status is RoundStatus.Running or RoundStatus.Paused)
            ?? rounds.FirstOrDefault(x => x.Status == RoundStatus.Pending);
        return next is not null && random.Next(2) == 0 ? next.Id : rounds[random.Next(rounds.Count)].Id;
    }

    private string NoteId(Session session) =>
        session.Notes.Count > 0 && random.Next(3) > 0 ? session.Notes.ElementAt(random.Next(session.Notes.Count)).Id : "n" + random.Next(30);

    private string[] Notes(Session session, string workshopId) =>
        [.. session.Notes.Where(x => x.WorkshopId == workshopId && random.Next(2) == 0).Select(x => x.Id).Take(4)];

    private string Target(Session session, string workshopId)
    {
        var known = session.Clusters.Where(c => c.WorkshopId == workshopId).Select(c => c.Id)
            .Concat(session.Notes.Where(x => x.WorkshopId == workshopId).Select(x => x.Id)).ToList();
        return known.Count > 0 && random.Next(4) > 0 ? known[random.Next(known.Count)] : random.Next(2) == 0 ? Pick(s_clusters) : "n" + random.Next(30);
    }

    private string Column(Session session, string workshopId)
    {
        var columns = session.FindWorkshop(workshopId)?.ActiveRound?.Rules.Columns;
        return columns is { Count: > 0 } && random.Next(4) > 0 ? columns[random.Next(columns.Count)].Key : Pick(s_columns);
    }

    private string? MaybeTable() => random.Next(3) == 0 ? null : Pick(s_tables);

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];
}
