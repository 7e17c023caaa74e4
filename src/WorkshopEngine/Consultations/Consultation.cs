using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Consultations.Events;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Pistes;

namespace StartupTerritoire.WorkshopEngine.Consultations;

/// <summary>
/// A démarche's consultation (phase 1): open by link and QR for weeks to anyone, without an account. Visitors come as
/// <see cref="Role.Participant"/> with an anonymous device principal; they propose, support once and comment. What
/// the coordinator decides (open, close, hide, outcomes) comes through the host as <see cref="Role.System"/>, once
/// it has checked the caller is the démarche's coordinator. Texts are checked and bounded like every other text;
/// each visitor's share is bounded too, so one device cannot flood a consultation open for weeks.
/// </summary>
public sealed class Consultation
{
    /// <summary>The most proposals a consultation keeps.</summary>
    public const int MaxProposals = 1000;

    /// <summary>The most proposals one visitor makes.</summary>
    public const int MaxProposalsPerVisitor = 20;

    /// <summary>The most comments one visitor writes.</summary>
    public const int MaxCommentsPerVisitor = 100;

    /// <summary>The most comments under one proposal.</summary>
    public const int MaxCommentsPerProposal = 200;

    /// <summary>The longest theme, place or holder name.</summary>
    public const int MaxShortLength = 120;

    /// <summary>The longest link.</summary>
    public const int MaxLinkLength = 300;

    /// <summary>The longest comment.</summary>
    public const int MaxCommentLength = 1000;

    private readonly Dictionary<string, Proposal> _proposals = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly Dictionary<string, DateTimeOffset> _at = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _supporters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ProposalComment>> _comments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProposalOutcome> _outcomes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _hidden = new(StringComparer.Ordinal);

    private Consultation()
    {
    }

    /// <summary>The consultation id ("consultation-…").</summary>
    public string Id { get; private set; } = string.Empty;

    /// <summary>The démarche it belongs to.</summary>
    public string DemarcheId { get; private set; } = string.Empty;

    /// <summary>The public code.</summary>
    public string JoinCode { get; private set; } = string.Empty;

    /// <summary>The sequence number of the last event folded in.</summary>
    public long Version { get; private set; }

    /// <summary>Whether it takes proposals, supports and comments.</summary>
    public bool IsOpen { get; private set; }

    /// <summary>Every proposal, hidden ones included, oldest first.</summary>
    public IReadOnlyList<ProposalState> Proposals => [.. _order.Select(State)];

    /// <summary>The proposals shown to visitors, oldest first.</summary>
    public IReadOnlyList<ProposalState> Visible => [.. _order.Where(id => !_hidden.Contains(id)).Select(State)];

    /// <summary>Decides the creation of a consultation, open.</summary>
    public static Decision Create(string consultationId, string demarcheId, string joinCode) =>
        Decision.Of(new ConsultationCreated(
            Input.Id(consultationId, "consultationId"),
            Input.Id(demarcheId, "demarcheId"),
            Sessions.JoinCode.Normalize(joinCode) ?? throw new WorkshopException(ErrorCodes.InvalidArgument, "The code is malformed.")));

    /// <summary>Folds events (from sequence number 1) into a consultation.</summary>
    public static Consultation FromEvents(IEnumerable<StoredEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var consultation = new Consultation();
        foreach (var e in events)
        {
            consultation.Apply(e);
        }

        return consultation;
    }

    /// <summary>A proposal as it stands, or null.</summary>
    public ProposalState? Find(string proposalId) => _proposals.ContainsKey(proposalId ?? string.Empty) ? State(proposalId!) : null;

    /// <summary>Opens it again (the coordinator, through the host).</summary>
    public Decision Open(Actor actor)
    {
        RequireSystem(actor);
        return IsOpen ? Decision.None : Decision.Of(new ConsultationOpened());
    }

    /// <summary>Closes it (the coordinator, through the host).</summary>
    public Decision Close(Actor actor)
    {
        RequireSystem(actor);
        return IsOpen ? Decision.Of(new ConsultationClosed()) : Decision.None;
    }

    /// <summary>
    /// Makes a proposal, or changes one's own: kind, title and text required; the holder's contact kept only with
    /// consent; a link only as http(s).
    /// </summary>
    public Decision Propose(
        Actor actor, string proposalId, string? kind, string? title, string? text, string? theme, string? holder, ContactDetails? contact, bool consent,
        string? where, string? link, string? why)
    {
        RequireVisitor(actor);
        RequireOpen();
        Input.Id(proposalId, "proposalId");
        var existing = _proposals.GetValueOrDefault(proposalId);
        if (existing is not null && (existing.VisitorId != actor.Id || _hidden.Contains(proposalId)))
        {
            throw new WorkshopException(ErrorCodes.Forbidden, "Only its author changes a proposal.");
        }

        if (existing is null)
        {
            if (_proposals.Count >= MaxProposals)
            {
                throw new WorkshopException(ErrorCodes.InvalidArgument, $"The consultation holds at most {MaxProposals} proposals.");
            }

            if (_proposals.Values.Count(p => p.VisitorId == actor.Id) >= MaxProposalsPerVisitor)
            {
                throw new WorkshopException(ErrorCodes.InvalidArgument, $"One device makes at most {MaxProposalsPerVisitor} proposals.");
            }
        }

        var proposal = Check(proposalId, actor.Id, kind, title, text, theme, holder, consent ? contact : null, where, link, why, "consultation");
        return existing == proposal ? Decision.None : Decision.Of(new ProposalMade(proposal));
    }

    /// <summary>
    /// Takes in a project from another territory's fiche projet (the coordinator, through the host), even when the
    /// consultation is closed: it is the coordinator's own pick.
    /// </summary>
    public Decision Import(
        Actor actor, string proposalId, string? title, string? text, string? theme, string? where, string? link, string? why, IReadOnlyList<string>? successFactors)
    {
        RequireSystem(actor);
        if (_proposals.ContainsKey(Input.Id(proposalId, "proposalId")))
        {
            throw new WorkshopException(ErrorCodes.AlreadyExists, "A proposal with this id exists.");
        }

        if (_proposals.Count >= MaxProposals)
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, $"The consultation holds at most {MaxProposals} proposals.");
        }

        var factors = (successFactors ?? []) is { Count: <= 20 } list
            ? list.Select(f => Input.Line(f, Input.MaxTitleLength, "successFactor")).ToList()
            : throw new WorkshopException(ErrorCodes.InvalidArgument, "At most 20 success factors.");
        return Decision.Of(new ProposalMade(Check(proposalId, actor.Id, "projetAilleurs", title, text, theme, null, null, where, link, why, "fiche") with
        {
            SuccessFactors = factors,
        }));
    }

    /// <summary>Supports a proposal (+1); a second support from the same visitor changes nothing.</summary>
    public Decision Support(Actor actor, string proposalId)
    {
        RequireVisitor(actor);
        RequireOpen();
        RequireVisible(proposalId);
        return _supporters[proposalId].Contains(actor.Id) ? Decision.None : Decision.Of(new ProposalSupported(proposalId, actor.Id));
    }

    /// <summary>Takes one's support back.</summary>
    public Decision Withdraw(Actor actor, string proposalId)
    {
        RequireVisitor(actor);
        RequireOpen();
        RequireVisible(proposalId);
        return _supporters[proposalId].Contains(actor.Id) ? Decision.Of(new SupportWithdrawn(proposalId, actor.Id)) : Decision.None;
    }

    /// <summary>Comments on a proposal; the same comment sent again (a retry) changes nothing.</summary>
    public Decision Comment(Actor actor, string proposalId, string commentId, string? text, string? nickname)
    {
        RequireVisitor(actor);
        RequireOpen();
        RequireVisible(proposalId);
        Input.Id(commentId, "commentId");
        var body = Line(text, MaxCommentLength, "text", allowNewLines: true);
        var name = Input.NullIfEmpty(Input.Optional(nickname, Input.MaxNicknameLength, "nickname", allowNewLines: false));
        var comments = _comments[proposalId];
        if (comments.FirstOrDefault(c => c.Id == commentId) is { } same)
        {
            return same.VisitorId == actor.Id && same.Text == body && same.Nickname == name
                ? Decision.None
                : throw new WorkshopException(ErrorCodes.AlreadyExists, "A comment with this id exists.");
        }

        if (comments.Count >= MaxCommentsPerProposal || _comments.Values.Sum(l => l.Count(c => c.VisitorId == actor.Id)) >= MaxCommentsPerVisitor)
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "Too many comments.");
        }

        return Decision.Of(new CommentAdded(proposalId, commentId, actor.Id, name, body));
    }

    /// <summary>Hides a proposal (the coordinator, through the host).</summary>
    public Decision Hide(Actor actor, string proposalId)
    {
        RequireSystem(actor);
        if (!_proposals.ContainsKey(proposalId ?? string.Empty))
        {
            throw NotFound();
        }

        return _hidden.Contains(proposalId!) ? Decision.None : Decision.Of(new ProposalHidden(proposalId!));
    }

    /// <summary>Records what became of a proposal (the démarche, through the host).</summary>
    public Decision SetOutcome(Actor actor, string proposalId, ProposalOutcome outcome)
    {
        RequireSystem(actor);
        ArgumentNullException.ThrowIfNull(outcome);
        if (!_proposals.ContainsKey(proposalId ?? string.Empty))
        {
            throw NotFound();
        }

        if (!ProposalOutcome.Keys.Contains(outcome.Key))
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "Unknown outcome.");
        }

        return _outcomes.GetValueOrDefault(proposalId!) == outcome ? Decision.None : Decision.Of(new ProposalOutcomeSet(proposalId!, outcome));
    }

    /// <summary>Checks that a proposal can be picked into the evening: it exists and is not hidden.</summary>
    public ProposalState RequirePickable(string proposalId)
    {
        RequireVisible(proposalId);
        return State(proposalId);
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
            case ConsultationCreated e:
                (Id, DemarcheId, JoinCode, IsOpen) = (e.ConsultationId, e.DemarcheId, e.JoinCode, true);
                break;
            case ConsultationOpened:
                IsOpen = true;
                break;
            case ConsultationClosed:
                IsOpen = false;
                break;
            case ProposalMade e:
                if (!_proposals.ContainsKey(e.Proposal.Id))
                {
                    _order.Add(e.Proposal.Id);
                    _at[e.Proposal.Id] = stored.At;
                    _supporters[e.Proposal.Id] = new HashSet<string>(StringComparer.Ordinal);
                    _comments[e.Proposal.Id] = [];
                }

                _proposals[e.Proposal.Id] = e.Proposal;
                break;
            case ProposalSupported e when _supporters.TryGetValue(e.ProposalId, out var supporters):
                supporters.Add(e.VisitorId);
                break;
            case SupportWithdrawn e when _supporters.TryGetValue(e.ProposalId, out var supporters):
                supporters.Remove(e.VisitorId);
                break;
            case CommentAdded e when _comments.TryGetValue(e.ProposalId, out var comments):
                comments.Add(new ProposalComment(e.CommentId, e.VisitorId, e.Nickname, e.Text, stored.At));
                break;
            case ProposalHidden e:
                _hidden.Add(e.ProposalId);
                break;
            case ProposalOutcomeSet e:
                _outcomes[e.ProposalId] = e.Outcome;
                break;
        }

        Version = stored.Seq;
    }

    // A copy: the host reads a proposal's state outside the consultation's lock while the next write may change it.
    private ProposalState State(string id) => new(
        _proposals[id], _at[id], new HashSet<string>(_supporters[id], StringComparer.Ordinal), [.. _comments[id]],
        _outcomes.GetValueOrDefault(id) ?? ProposalOutcome.Received, _hidden.Contains(id));

    private static Proposal Check(
        string proposalId, string visitorId, string? kind, string? title, string? text, string? theme, string? holder, ContactDetails? contact,
        string? where, string? link, string? why, string source)
    {
        if (kind is not ("defi" or "projetLocal" or "projetAilleurs"))
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "The kind is 'defi', 'projetLocal' or 'projetAilleurs'.");
        }

        var local = kind == "projetLocal";
        var elsewhere = kind == "projetAilleurs";
        return new Proposal(
            proposalId,
            visitorId,
            kind,
            Input.Line(title, Input.MaxTitleLength, "title"),
            Line(text, Input.MaxLongTextLength, "text", allowNewLines: true),
            Short(theme, "theme"),
            local ? Input.NullIfEmpty(Input.Optional(holder, Input.MaxNicknameLength, "holder", allowNewLines: false)) : null,
            local ? Contacts.Check(contact) : null,
            elsewhere ? Short(where, "where") : null,
            elsewhere ? Link(link) : null,
            elsewhere ? Input.NullIfEmpty(Input.Optional(why, Input.MaxLongTextLength, "why")) : null,
            source);
    }

    private static string? Short(string? value, string field) =>
        Input.NullIfEmpty(Input.Optional(value, MaxShortLength, field, allowNewLines: false));

    // A link is shown to everyone: only a web address, so no "javascript:" or "data:" link can ever be followed from the page.
    private static string? Link(string? value)
    {
        var link = Input.NullIfEmpty(Input.Optional(value, MaxLinkLength, "link", allowNewLines: false));
        if (link is null)
        {
            return null;
        }

        return Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && !link.Contains(' ', StringComparison.Ordinal)
            ? link
            : throw new WorkshopException(ErrorCodes.InvalidArgument, "The link must be a web address (https://…).");
    }

    private static string Line(string? value, int max, string field, bool allowNewLines)
    {
        var text = Input.Optional(value, max, field, allowNewLines);
        return text.Length == 0 ? throw new WorkshopException(ErrorCodes.InvalidArgument, $"{field} must not be empty.") : text;
    }

    private static void RequireVisitor(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != Role.Participant)
        {
            throw new WorkshopException(ErrorCodes.Forbidden, "Only a visitor of the consultation may do this.");
        }
    }

    private static void RequireSystem(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != Role.System)
        {
            throw new WorkshopException(ErrorCodes.Forbidden, "Only the démarche's coordinator may do this.");
        }
    }

    private void RequireOpen()
    {
        if (!IsOpen)
        {
            throw new WorkshopException(ErrorCodes.SessionState, "The consultation is closed.");
        }
    }

    private void RequireVisible(string proposalId)
    {
        if (!_proposals.ContainsKey(proposalId ?? string.Empty) || _hidden.Contains(proposalId!))
        {
            throw NotFound();
        }
    }

    private static WorkshopException NotFound() => new(ErrorCodes.NotFound, "No such proposal.");
}
