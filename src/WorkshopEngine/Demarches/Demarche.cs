using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Demarches.Events;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Pistes;

namespace StartupTerritoire.WorkshopEngine.Demarches;

/// <summary>
/// A territory's démarche: the frame that holds its four phases together (mobilisation with its partners and
/// consultation, the evening, the working groups, the launch). Like the soirée and the group, its state is the fold
/// of its events; commands check the caller and the rules and return a <see cref="Decision"/> without changing
/// anything. The coordinator comes as <see cref="Role.Animator"/>, a named animator as <see cref="Role.CoAnimator"/>.
/// </summary>
public sealed class Demarche
{
    /// <summary>The most partners a démarche keeps.</summary>
    public const int MaxPartners = 300;

    /// <summary>The most animators named.</summary>
    public const int MaxAnimators = 40;

    /// <summary>The most workshops picked into one evening (a soirée holds at most 50).</summary>
    public const int MaxPicks = 50;

    /// <summary>The most soirées and groups linked.</summary>
    public const int MaxLinks = 500;

    /// <summary>The longest territory name.</summary>
    public const int MaxTerritoryLength = 120;

    private readonly Dictionary<string, Partner> _partners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DemarcheAnimator> _animators = new(StringComparer.Ordinal);
    private readonly List<LinkedSoiree> _soirees = [];
    private readonly List<string> _groups = [];

    private Demarche()
    {
    }

    /// <summary>The démarche id ("demarche-…").</summary>
    public string Id { get; private set; } = string.Empty;

    /// <summary>The sequence number of the last event folded in.</summary>
    public long Version { get; private set; }

    /// <summary>"Start'up de Territoire Ardèche méridionale 2026".</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>The territory.</summary>
    public string Territory { get; private set; } = string.Empty;

    /// <summary>"fr" or "en".</summary>
    public string Language { get; private set; } = "fr";

    /// <summary>Its consultation's id.</summary>
    public string ConsultationId { get; private set; } = string.Empty;

    /// <summary>The coordinator's principal.</summary>
    public string CoordinatorId { get; private set; } = string.Empty;

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The partners, in the order they were first added.</summary>
    public IReadOnlyCollection<Partner> Partners => _partners.Values;

    /// <summary>The named animators.</summary>
    public IReadOnlyCollection<DemarcheAnimator> Animators => _animators.Values;

    /// <summary>The evening being prepared.</summary>
    public EveningPlan Plan { get; private set; } = EveningPlan.Empty;

    /// <summary>The soirées created from the plan, oldest first.</summary>
    public IReadOnlyList<LinkedSoiree> Soirees => _soirees;

    /// <summary>The groups started from scratch and linked by the coordinator (groups born of a soirée's pistes are found through it).</summary>
    public IReadOnlyList<string> LinkedGroups => _groups;

    /// <summary>Decides the creation of a démarche; the coordinator's principal is made by the caller (its link is secret).</summary>
    public static Decision Create(string demarcheId, string name, string? territory, string? language, string consultationId, string coordinatorId) =>
        Decision.Of(new DemarcheCreated(
            Input.Id(demarcheId, "demarcheId"),
            Input.Line(name, Input.MaxTitleLength, "name"),
            Input.Optional(territory, MaxTerritoryLength, "territory", allowNewLines: false),
            language switch
            {
                null or "" or "fr" => "fr",
                "en" => "en",
                _ => throw new WorkshopException(ErrorCodes.InvalidArgument, "The language is 'fr' or 'en'."),
            },
            Input.Id(consultationId, "consultationId"),
            Input.Id(coordinatorId, "coordinatorId")));

    /// <summary>Folds events (from sequence number 1) into a démarche.</summary>
    public static Demarche FromEvents(IEnumerable<StoredEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var demarche = new Demarche();
        foreach (var e in events)
        {
            demarche.Apply(e);
        }

        return demarche;
    }

    /// <summary>Whether the caller is this démarche's coordinator.</summary>
    public bool IsCoordinator(Actor actor) => actor is { Role: Role.Animator } && actor.Id == CoordinatorId;

    /// <summary>Whether the caller is an animator still named in the démarche.</summary>
    public bool IsNamedAnimator(Actor actor) => actor is { Role: Role.CoAnimator } && _animators.ContainsKey(actor.Id);

    /// <summary>Renames the démarche (the coordinator).</summary>
    public Decision Rename(Actor actor, string name, string? territory)
    {
        RequireCoordinator(actor);
        var (n, t) = (Input.Line(name, Input.MaxTitleLength, "name"), Input.Optional(territory, MaxTerritoryLength, "territory", allowNewLines: false));
        return n == Name && t == Territory ? Decision.None : Decision.Of(new DemarcheRenamed(n, t));
    }

    /// <summary>Adds or changes a partner organisation (the coordinator).</summary>
    public Decision SetPartner(Actor actor, string partnerId, string name, string? univers, string? circle, ContactDetails? contact)
    {
        RequireCoordinator(actor);
        Input.Id(partnerId, "partnerId");
        if (!Univers.IsKey(univers))
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, $"The univers is one of {string.Join(", ", Univers.Keys)}.");
        }

        if (circle is not ("premier" or "rejoint"))
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "The circle is 'premier' or 'rejoint'.");
        }

        if (!_partners.ContainsKey(partnerId) && _partners.Count >= MaxPartners)
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, $"A démarche keeps at most {MaxPartners} partners.");
        }

        var partner = new Partner(partnerId, Input.Line(name, Input.MaxTitleLength, "name"), univers!, circle, Contacts.Check(contact));
        return _partners.GetValueOrDefault(partnerId) == partner ? Decision.None : Decision.Of(new PartnerSet(partner));
    }

    /// <summary>Takes a partner off (the coordinator).</summary>
    public Decision RemovePartner(Actor actor, string partnerId)
    {
        RequireCoordinator(actor);
        return _partners.ContainsKey(partnerId ?? string.Empty) ? Decision.Of(new PartnerRemoved(partnerId!)) : throw NotFound("partner");
    }

    /// <summary>Names or changes an animator of the evening (the coordinator); their principal is the animator id.</summary>
    public Decision SetAnimator(Actor actor, string animatorId, string name, string? role)
    {
        RequireCoordinator(actor);
        Input.Id(animatorId, "animatorId");
        if (role is not ("animateur" or "coAnimateur"))
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "The role is 'animateur' or 'coAnimateur'.");
        }

        if (!_animators.ContainsKey(animatorId) && _animators.Count >= MaxAnimators)
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, $"A démarche names at most {MaxAnimators} animators.");
        }

        var animator = new DemarcheAnimator(animatorId, Input.Line(name, Input.MaxNicknameLength, "name"), role);
        return _animators.GetValueOrDefault(animatorId) == animator ? Decision.None : Decision.Of(new AnimatorSet(animator));
    }

    /// <summary>Takes an animator off (the coordinator); their link stops opening the démarche.</summary>
    public Decision RemoveAnimator(Actor actor, string animatorId)
    {
        RequireCoordinator(actor);
        return _animators.ContainsKey(animatorId ?? string.Empty) ? Decision.Of(new AnimatorRemoved(animatorId!)) : throw NotFound("animator");
    }

    /// <summary>Checks that an animator is named, before a link is made for them (the coordinator).</summary>
    public DemarcheAnimator RequireAnimator(Actor actor, string animatorId)
    {
        RequireCoordinator(actor);
        return _animators.GetValueOrDefault(animatorId ?? string.Empty) ?? throw NotFound("animator");
    }

    /// <summary>
    /// Sets the evening's run-of-show (the coordinator): the proposals picked, quoted by the caller from the
    /// consultation, in order; each kind becomes its workshop format.
    /// </summary>
    public Decision SetPlan(Actor actor, string title, DateOnly? date, IReadOnlyList<(string ProposalId, string Kind, string Title)> picks)
    {
        RequireCoordinator(actor);
        ArgumentNullException.ThrowIfNull(picks);
        if (picks.Count > MaxPicks)
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, $"An evening holds at most {MaxPicks} workshops.");
        }

        if (picks.Select(p => p.ProposalId).Distinct(StringComparer.Ordinal).Count() != picks.Count)
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "A proposal is picked once.");
        }

        if (date is { Year: < 2000 or > 2100 })
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "The date must fall between 2000 and 2100.");
        }

        var plan = new EveningPlan(
            Input.Optional(title, Input.MaxTitleLength, "title", allowNewLines: false),
            date,
            [.. picks.Select(p => new PlanPick(Input.Id(p.ProposalId, "proposalId"), p.Kind, Input.Line(p.Title, Input.MaxTitleLength, "title"), FormatOf(p.Kind)))]);
        return plan.Title == Plan.Title && plan.Date == Plan.Date && plan.Picks.SequenceEqual(Plan.Picks) ? Decision.None : Decision.Of(new PlanSet(plan));
    }

    /// <summary>Links a soirée created from the plan (the coordinator).</summary>
    public Decision LinkSoiree(Actor actor, string sessionId, string title, IReadOnlyList<LinkedWorkshop> workshops)
    {
        RequireCoordinator(actor);
        ArgumentNullException.ThrowIfNull(workshops);
        if (_soirees.Any(s => s.SessionId == sessionId))
        {
            return Decision.None;
        }

        RequireRoom(_soirees.Count);
        return Decision.Of(new SoireeLinked(Input.Id(sessionId, "sessionId"), Input.Line(title, Input.MaxTitleLength, "title"), [.. workshops]));
    }

    /// <summary>Links a working group started from scratch (the coordinator).</summary>
    public Decision LinkGroup(Actor actor, string groupId)
    {
        RequireCoordinator(actor);
        if (_groups.Contains(groupId))
        {
            return Decision.None;
        }

        RequireRoom(_groups.Count);
        return Decision.Of(new GroupLinked(Input.Id(groupId, "groupId")));
    }

    /// <summary>The workshop format a proposal's kind becomes.</summary>
    public static string FormatOf(string kind) => kind switch
    {
        "defi" => "emergence",
        "projetLocal" => "acceleration",
        "projetAilleurs" => "essaimage",
        _ => throw new WorkshopException(ErrorCodes.InvalidArgument, "The kind is 'defi', 'projetLocal' or 'projetAilleurs'."),
    };

    /// <summary>
    /// The four phases and where each stands, from the démarche and what it holds: mobilisation is under way once a
    /// partner or a proposal is in and done once an evening is created; the evening under way once proposals are
    /// picked, done once created; the groups under way once one exists, done once one launches; the launch under way
    /// once a project launches, done once one is in activity.
    /// </summary>
    public IReadOnlyList<DemarchePhase> Phases(DemarcheFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        static string Status(bool done, bool started) => done ? "fait" : started ? "enCours" : "aFaire";
        var mobilised = _partners.Values.Select(p => p.Univers).Distinct(StringComparer.Ordinal).Count();
        var soirees = _soirees.Count;
        return
        [
            new(1, "mobilisation", Status(soirees > 0, _partners.Count > 0 || facts.Proposals > 0),
                new Dictionary<string, int> { ["partners"] = _partners.Count, ["univers"] = mobilised, ["proposals"] = facts.Proposals }),
            new(2, "soiree", Status(soirees > 0, Plan.Picks.Count > 0),
                new Dictionary<string, int> { ["picks"] = Plan.Picks.Count, ["soirees"] = soirees }),
            new(3, "groupes", Status(facts.Launched > 0, facts.Groups > 0),
                new Dictionary<string, int> { ["groups"] = facts.Groups }),
            new(4, "lancement", Status(facts.Active > 0, facts.Launched > 0),
                new Dictionary<string, int> { ["launched"] = facts.Launched, ["active"] = facts.Active }),
        ];
    }

    /// <summary>Folds one stored event in; the sequence must follow <see cref="Version"/> without a gap.</summary>
    public void Apply(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.Seq != Version + 1)
        {
            throw new InvalidOperationException($"Event {stored.Seq} does not follow version {Version}.");
        }

        switch (stored.Event)
        {
            case DemarcheCreated e:
                (Id, Name, Territory, Language, ConsultationId, CoordinatorId, CreatedAt) = (e.DemarcheId, e.Name, e.Territory, e.Language, e.ConsultationId, e.CoordinatorId, stored.At);
                break;
            case DemarcheRenamed e:
                (Name, Territory) = (e.Name, e.Territory);
                break;
            case PartnerSet e:
                _partners[e.Partner.Id] = e.Partner;
                break;
            case PartnerRemoved e:
                _partners.Remove(e.PartnerId);
                break;
            case AnimatorSet e:
                _animators[e.Animator.Id] = e.Animator;
                break;
            case AnimatorRemoved e:
                _animators.Remove(e.AnimatorId);
                break;
            case PlanSet e:
                Plan = e.Plan;
                break;
            case SoireeLinked e:
                _soirees.Add(new LinkedSoiree(e.SessionId, e.Title, stored.At, e.Workshops));
                // The plan became this evening: the next one is planned afresh, and the same plan cannot make a
                // second evening by a second press.
                Plan = EveningPlan.Empty;
                break;
            case GroupLinked e:
                _groups.Add(e.GroupId);
                break;
        }

        Version = stored.Seq;
    }

    private void RequireCoordinator(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!IsCoordinator(actor))
        {
            throw new WorkshopException(ErrorCodes.Forbidden, "Only the démarche's coordinator may do this.");
        }
    }

    private static void RequireRoom(int count)
    {
        if (count >= MaxLinks)
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, $"A démarche links at most {MaxLinks} soirées and groups.");
        }
    }

    private static WorkshopException NotFound(string what) => new(ErrorCodes.NotFound, $"No such {what}.");
}
