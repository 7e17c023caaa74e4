using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Export;
using StartupTerritoire.WorkshopEngine.Groups;
using StartupTerritoire.WorkshopEngine.Pistes;
using StartupTerritoire.WorkshopEngine.Sessions;

namespace StartupTerritoire.Server.Tests.Exports;

/// <summary>
/// A working group a few months into its life, decided through its own commands: born from a piste of the Val de
/// Ligne evening, a member (Bruno, who shares a contact) and a resource person (Claire), a canvas in two versions,
/// milestones, actions (one owned by Bruno, one by someone outside), two meetings with minutes and decisions.
/// </summary>
internal sealed class ScriptedGroup
{
    public static readonly DateTimeOffset Start = new(2026, 12, 3, 18, 0, 0, TimeSpan.Zero);
    public static readonly Actor Seat = new(Role.CoAnimator, "seat-1");
    public static readonly Actor Bruno = new(Role.Participant, "m-bruno");

    private readonly List<StoredEvent> _events = [];
    private DateTimeOffset _now = Start;

    private ScriptedGroup(WorkingGroup group) => Group = group;

    public WorkingGroup Group { get; }

    public IReadOnlyList<StoredEvent> Events => _events;

    public static GroupOrigin Origin { get; } = new("s-val", "Soirée créative du Val de Ligne", new DateTimeOffset(2026, 11, 27, 18, 0, 0, TimeSpan.Zero),
        "w-emergence", "Se déplacer sans voiture", "p-car", "Covoiturage entre voisins",
        [new OriginCluster("c-car", "Covoiturage entre voisins", 5, true,
            [new OriginNote("n-1", "Un covoiturage organisé par la mairie", "idee", 3, true), new OriginNote("n-2", "Une appli pour les trajets vers Aubenas", "idee", 1, false)])],
        4.2, 5);

    /// <summary>
    /// The scripted group; <paramref name="canvas"/> replaces the canvas entries written after the second version
    /// (block, text).
    /// </summary>
    public static ScriptedGroup Run(IEnumerable<(string Block, string Text)>? canvas = null)
    {
        var events = new List<StoredEvent>();
        foreach (var e in WorkingGroup.Create("group-val", "Covoiturage entre voisins", "Aller travailler à plusieurs, sans voiture à soi", "fr",
            JoinCode.FromRandom([1, 2, 3, 4, 5, 6, 7, 8]), Origin, Seat.Id, "seat-2").Events)
        {
            events.Add(new StoredEvent(events.Count + 1, Start, e));
        }

        var s = new ScriptedGroup(WorkingGroup.FromEvents(events));
        s._events.AddRange(events);
        var g = s.Group;
        s.Do(g.Join(Bruno.Id, "Bruno"));
        s.Do(g.SetContact(Bruno, new ContactDetails("Bruno Martin", "bruno@example.org", "06 11 22 33 44"), consent: true));
        s.Do(g.AddResource(Seat, "r-claire", "Claire", "Mobilité rurale, Pays d'Ardèche méridionale", new ContactDetails(null, "claire@example.org", null), consent: true));
        s.Do(g.ChangeCard(Seat, "Covoiturage entre voisins", "Aller travailler à plusieurs, sans voiture à soi", GroupStage.BusinessModel));
        s.Do(g.AddCanvasItem(Seat, "i-prop", "proposition", "Aller travailler sans voiture à soi, à plusieurs"));
        s.Do(g.AddCanvasItem(Bruno, "i-seg", "segments", "Les salariés des zones d'activité d'Aubenas"));
        s.Do(g.AddCanvasItem(Seat, "i-part", "partenaires", "La mairie de Joyeuse", "r-1/n-4"));
        s.Do(g.SaveCanvasVersion(Seat, "Première esquisse"));
        s.Do(g.EditCanvasItem(Seat, "i-prop", "proposition", "Aller travailler à plusieurs, sans voiture à soi, tous les jours"));
        s.Do(g.RemoveCanvasItem(Seat, "i-part"));
        s.Do(g.AddCanvasItem(Seat, "i-cout", "couts", "L'assurance des conducteurs"));
        s.Do(g.SaveCanvasVersion(Seat, null));
        var written = canvas ?? [
            ("activites", "Mettre en relation conducteurs et passagers"),
            ("ressources", "Un tableau des trajets à la mairie"),
            ("relations", "Un café des covoitureurs chaque mois"),
            ("canaux", "Le bulletin municipal"),
            ("revenus", "Une participation aux frais de 5 € par trajet"),
            ("impact", "Moins de voitures sur la route d'Aubenas"),
        ];
        foreach (var (entry, i) in written.Select((e, i) => (e, i)))
        {
            s.Do(g.AddCanvasItem(Seat, $"i-w{i}", entry.Block, entry.Text));
        }

        s.Do(g.SetMilestone(Seat, "j-1", "Premier trajet partagé", new DateOnly(2027, 3, 31), MilestoneStatus.InProgress, "Avec trois voitures"));
        s.Do(g.SetMilestone(Seat, "j-2", "Association déclarée", new DateOnly(2027, 6, 30), MilestoneStatus.Planned, null));
        s.Do(g.SetAction(Bruno, "a-1", "Demander la salle à la mairie", Bruno.Id, null, new DateOnly(2027, 1, 15), false));
        s.Do(g.SetAction(Seat, "a-2", "Écrire au Pays pour le financement", null, "Sylvie (Pays)", new DateOnly(2027, 2, 1), true));
        s.Do(g.SetMeeting(Seat, "r-1", "Atelier canvas", new DateTimeOffset(2027, 1, 14, 18, 30, 0, TimeSpan.FromHours(1)), 120, "Salle des fêtes, Joyeuse",
            "1. Le canvas\n2. Les actions", "Douze présents. Le canvas avance sur la proposition de valeur.", ["Un café des covoitureurs chaque mois", "Demander l'appui du Pays"]));
        s.Do(g.SetMeeting(Seat, "r-2", "Revue d'étape", new DateTimeOffset(2027, 3, 4, 18, 30, 0, TimeSpan.FromHours(1)), 90, "Mairie de Joyeuse", "Les jalons", string.Empty, []));
        return s;
    }

    /// <summary>The dossier as a co-animator (with contacts) or as Bruno, a member, would download it.</summary>
    public GroupDossier Dossier(bool asSeat = true) =>
        GroupDossiers.Of(Group.ViewFor(asSeat ? Seat : Bruno), asSeat, new DateTimeOffset(2027, 3, 10, 9, 0, 0, TimeSpan.Zero));

    private void Do(Decision decision)
    {
        _now = _now.AddHours(5);
        foreach (var e in decision.Events)
        {
            var stored = new StoredEvent(Group.Version + 1, _now, e);
            _events.Add(stored);
            Group.Apply(stored);
        }
    }
}
