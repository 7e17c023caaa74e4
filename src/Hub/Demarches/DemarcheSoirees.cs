using StartupTerritoire.Server.Access;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Consultations;
using StartupTerritoire.Server.Realtime;
using StartupTerritoire.Server.Sessions;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Consultations;
using StartupTerritoire.WorkshopEngine.Demarches;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Demarches;

/// <summary>
/// Turns the démarche's plan into a soirée through the ordinary soirée creation: a défi becomes an émergence's
/// challenge, a local project an accélération's project card with its holder already joined and named holder, a
/// project from elsewhere an essaimage's sheet. The real soirée is linked to the démarche and the picked proposals
/// say so; a practice soirée is the same run-of-show, linked to nothing and soon forgotten.
/// </summary>
internal sealed class DemarcheSoirees(
    DemarcheRegistry demarches, ConsultationRegistry consultations, SessionCreator creator, SessionRegistry sessions, ISessionStore store,
    CredentialCache credentials, DemarcheLinks demarcheLinks, PublicLinks links, TimeProvider time)
{
    /// <summary>
    /// A fresh console link to one of the démarche's soirées, for its coordinator: the link made with the soirée is shown
    /// once, on one device, and an answer lost on a weak network must not leave the evening without its console.
    /// Earlier links keep working.
    /// </summary>
    public async Task<SoireeConsole> ConsoleAsync(HttpRequest http, string demarcheId, Actor coordinator, string sessionId, CancellationToken cancellationToken)
    {
        var linked = await demarches.ReadAsync(demarcheId, d => d.IsCoordinator(coordinator)
            ? d.Soirees.Any(s => s.SessionId == sessionId)
            : throw new WorkshopException(ErrorCodes.Forbidden, "Only the démarche's coordinator may do this."), cancellationToken);
        if (!linked)
        {
            throw new WorkshopException(ErrorCodes.NotFound, "This soirée is not one of the démarche's.");
        }

        var animatorId = await sessions.ReadAsync(sessionId, s => s.AnimatorId, cancellationToken);
        var token = TokenHasher.NewToken();
        await StoreFaults.Guard(() => store.SaveCredentialAsync(
            new Credential(TokenHasher.Hash(token), sessionId, Role.Animator, animatorId, null, time.GetUtcNow()), cancellationToken));
        return new SoireeConsole(sessionId, links.Animator(http, sessionId, token));
    }

    public async Task<CreatedSoiree> CreateAsync(HttpRequest http, string demarcheId, Actor coordinator, CancellationToken cancellationToken)
    {
        var (title, language, workshops, consultationId) = await RunOfShowAsync(demarcheId, d => d.IsCoordinator(coordinator), cancellationToken);
        var request = new CreateSessionRequest { Title = title, Language = language, Workshops = [.. workshops.Select(w => w.Spec)], Open = true };
        var (sessionId, code, token, _) = await creator.CreateAsync(request, cancellationToken);

        var holders = new List<HolderLink>();
        foreach (var (spec, proposal) in workshops.Where(w => w.Proposal.Kind == "projetLocal"))
        {
            var (participantId, participantToken, nickname) = (TokenHasher.NewId(), TokenHasher.NewToken(), spec.Holder!);
            await ParticipantJoin.JoinAsync(sessions, store, credentials, time, sessionId, participantId, participantToken, nickname, null, cancellationToken);
            await sessions.ExecuteAsync(sessionId, (s, _) => s.AssignHolder(Actor.System, spec.Id!, participantId), $"holder:{spec.Id}", cancellationToken);
            holders.Add(new HolderLink(proposal.Id, nickname, demarcheLinks.Holder(http, code, participantId, participantToken, nickname)));
        }

        var linked = workshops.Select(w => new LinkedWorkshop(w.Spec.Id!, w.Spec.Title!, w.Proposal.Id)).ToList();
        await demarches.ExecuteAsync(demarcheId, d => d.LinkSoiree(coordinator, sessionId, title, linked), $"soiree:{sessionId}", cancellationToken);
        await consultations.ExecuteAsync(consultationId, c => Combine(linked.Select(w =>
            c.SetOutcome(Actor.System, w.ProposalId!, new ProposalOutcome("soiree", sessionId, title, w.WorkshopId, w.Title)))), $"outcomes:{sessionId}", cancellationToken);
        return new CreatedSoiree(sessionId, token, links.Animator(http, sessionId, token), holders);
    }

    public async Task<CreatedPractice> PracticeAsync(HttpRequest http, string demarcheId, Actor caller, CancellationToken cancellationToken)
    {
        var (title, language, workshops, _) = await RunOfShowAsync(demarcheId, d => d.IsCoordinator(caller) || d.IsNamedAnimator(caller), cancellationToken);
        var practiceTitle = $"Répétition — {title}";
        practiceTitle = practiceTitle.Length > Input.MaxTitleLength ? practiceTitle[..Input.MaxTitleLength].TrimEnd() : practiceTitle;
        var request = new CreateSessionRequest { Title = practiceTitle, Language = language, Workshops = [.. workshops.Select(w => w.Spec)], Open = true };
        var (sessionId, code, token, _) = await creator.CreatePracticeAsync(request, cancellationToken);
        await StoreFaults.Guard(() => store.SetExpiryAsync(sessionId, time.GetUtcNow() + PracticeIds.Lifetime, cancellationToken));
        return new CreatedPractice(sessionId, token, links.Animator(http, sessionId, token), links.Join(http, code));
    }

    /// <summary>Several decisions on one state, each about a different item, stored as one.</summary>
    public static Decision Combine(IEnumerable<Decision> decisions) => new([.. decisions.SelectMany(d => d.Events)]);

    // The plan as workshops, read from the consultation's proposals as they stand now.
    private async Task<(string Title, string Language, IReadOnlyList<(WorkshopSpec Spec, Proposal Proposal)> Workshops, string ConsultationId)> RunOfShowAsync(
        string demarcheId, Func<Demarche, bool> allowed, CancellationToken cancellationToken)
    {
        var (name, language, plan, consultationId) = await demarches.ReadAsync(demarcheId, d => allowed(d)
            ? (d.Name, d.Language, d.Plan, d.ConsultationId)
            : throw new WorkshopException(ErrorCodes.Forbidden, "This link no longer opens the démarche."), cancellationToken);
        if (plan.Picks.Count == 0)
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "The plan picks no proposal yet.");
        }

        var proposals = await consultations.ReadAsync(consultationId, c => plan.Picks.Select(p => c.RequirePickable(p.ProposalId).Proposal).ToList(), cancellationToken);
        return (plan.Title.Length > 0 ? plan.Title : name, language, [.. proposals.Select(p => (Spec(p), p))], consultationId);
    }

    private static WorkshopSpec Spec(Proposal p) => p.Kind switch
    {
        "defi" => new WorkshopSpec { Id = TokenHasher.NewId(), Format = "emergence", Title = p.Title, Challenge = p.Text, Theme = p.Theme },
        "projetLocal" => new WorkshopSpec { Id = TokenHasher.NewId(), Format = "acceleration", Title = p.Title, Holder = p.Holder ?? "Porteur", Pitch = p.Text, Needs = string.Empty },
        _ => new WorkshopSpec
        {
            Id = TokenHasher.NewId(),
            Format = "essaimage",
            Title = p.Title,
            Name = p.Title,
            OriginTerritory = p.Where ?? string.Empty,
            Description = Describe(p),
            SuccessFactors = [.. p.SuccessFactors ?? []],
        },
    };

    // The sheet's description: the text, then why here and the link when they fit.
    private static string Describe(Proposal p)
    {
        var text = p.Text;
        foreach (var more in new[] { p.Why is null ? null : $"Pourquoi ici : {p.Why}", p.Link })
        {
            if (more is not null && text.Length + 2 + more.Length <= Input.MaxLongTextLength)
            {
                text = $"{text}\n\n{more}";
            }
        }

        return text;
    }
}
