using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using StartupTerritoire.Server.Access;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Consultations;
using StartupTerritoire.Server.Groups;
using StartupTerritoire.Server.Realtime;
using StartupTerritoire.Server.Sessions;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Consultations;
using StartupTerritoire.WorkshopEngine.Demarches;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Demarches;

/// <summary>
/// The HTTP side of a territory's démarche: created by anyone (like a soirée), then its coordinator's page (the four
/// phases, partners and the 360° view, animators and their links, the consultation, the evening's plan, soirées and
/// groups) and what the coordinator does there. Named animators read the same page without partners' contacts, and
/// may rehearse the evening.
/// </summary>
internal static class DemarcheApi
{
    public static IEndpointRouteBuilder MapDemarcheApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").AddEndpointFilter<ApiErrorFilter>();
        api.MapPost("/demarches", CreateAsync).AllowAnonymous();

        var token = new Action<Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder>(p =>
            p.AddAuthenticationSchemes(SessionTokenHandler.SchemeName).RequireAuthenticatedUser());
        var demarche = api.MapGroup("/demarches/{demarcheId}").RequireAuthorization(token).AddEndpointFilter<DemarcheRolesFilter>();
        var staff = new AllowAttribute(Role.Animator, Role.CoAnimator);
        var coordinator = new AllowAttribute(Role.Animator);
        demarche.MapGet("", PageAsync).WithMetadata(staff);
        demarche.MapPut("/partners/{partnerId}", PutPartnerAsync).WithMetadata(coordinator);
        demarche.MapDelete("/partners/{partnerId}", RemovePartnerAsync).WithMetadata(coordinator);
        demarche.MapPut("/animators/{animatorId}", PutAnimatorAsync).WithMetadata(coordinator);
        demarche.MapDelete("/animators/{animatorId}", RemoveAnimatorAsync).WithMetadata(coordinator);
        demarche.MapPost("/animators/{animatorId}/link", AnimatorLinkAsync).WithMetadata(coordinator);
        demarche.MapPut("/plan", PutPlanAsync).WithMetadata(coordinator);
        demarche.MapPost("/soirees", CreateSoireeAsync).WithMetadata(coordinator);
        demarche.MapPost("/soirees/{sessionId}/console", SoireeConsoleAsync).WithMetadata(coordinator);
        demarche.MapPost("/practice", PracticeAsync).WithMetadata(staff);
        demarche.MapPost("/groups", LinkGroupAsync).WithMetadata(coordinator);
        demarche.MapPost("/fiches", ImportFicheAsync).WithMetadata(coordinator, new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(Portfolio.FicheProjet.MaxBytes));
        ConsultationApi.MapCoordinatorSide(demarche);

        // The portfolio, its exports, the yearly report and the public page read the démarche through IDemarcheDirectory.
        Portfolio.PortfolioApi.Map(demarche, api.MapGroup("/public"));
        ConsultationApi.MapConsultationApi(api);
        return app;
    }

    private static async Task<Created<CreatedDemarche>> CreateAsync(
        NewDemarcheRequest request, DemarcheRegistry demarches, ConsultationRegistry consultations, ISessionStore store, DemarcheLinks links,
        HttpRequest http, CancellationToken cancellationToken)
    {
        var (demarcheId, consultationId, coordinatorId) = (DemarcheIds.NewDemarcheId(), DemarcheIds.NewConsultationId(), TokenHasher.NewId());

        // Decided first, so bad input reserves no code and stores nothing.
        var creation = Demarche.Create(demarcheId, request.Name ?? string.Empty, request.Territory, request.Language, consultationId, coordinatorId);
        var code = await JoinCodeReservation.ReserveAsync(store, consultationId, cancellationToken);
        await consultations.CreateAsync(consultationId, Consultation.Create(consultationId, demarcheId, code), cancellationToken);
        await demarches.CreateAsync(demarcheId, creation, cancellationToken);
        var (token, url) = await links.IssueAsync(http, demarcheId, Role.Animator, coordinatorId, cancellationToken);
        return TypedResults.Created($"/api/demarches/{demarcheId}",
            new CreatedDemarche(demarcheId, token, url, code, links.Consultation(http, code)));
    }

    /// <summary>
    /// The démarche's page, polled by its page: tagged with the caller and the versions of the démarche, its
    /// consultation, its soirées and its groups, and answered 304 with no body while none changed.
    /// </summary>
    private static async Task<IResult> PageAsync(
        string demarcheId, ClaimsPrincipal user, DemarcheRegistry demarches, DemarcheDirectory directory, ConsultationRegistry consultations, DemarcheLinks links,
        HttpContext http, CancellationToken cancellationToken)
    {
        var actor = user.GetActor()!;
        var data = await directory.DataAsync(demarcheId, cancellationToken);
        var isCoordinator = actor.Role == Role.Animator && actor.Id == data.CoordinatorId;
        var me = isCoordinator
            ? new DemarcheMe("coordinateur")
            : actor.Role == Role.CoAnimator && data.Animators.Any(a => a.Id == actor.Id)
                ? new DemarcheMe("animateur", actor.Id)
                : throw new WorkshopException(ErrorCodes.Forbidden, "This link no longer opens the démarche.");

        var (consultation, consultationVersion) = await consultations.ReadAsync(data.ConsultationId, c =>
        {
            var visible = c.Visible;
            return (new ConsultationSummary(c.Id, c.JoinCode, links.Consultation(http.Request, c.JoinCode), c.IsOpen,
                visible.Count, visible.Sum(p => p.Supports), visible.Sum(p => p.Comments.Count)), c.Version);
        }, cancellationToken);
        var versions = new List<string> { actor.Id, me.Role, $"{data.Id}:{data.Version}", $"{data.ConsultationId}:{consultationVersion}" };
        var soirees = new List<SoireeView>();
        foreach (var linked in data.Soirees)
        {
            var facts = await directory.SoireeAsync(linked, cancellationToken);
            versions.Add($"{linked.SessionId}:{facts?.Version ?? -1}");
            soirees.Add(facts is null
                ? new SoireeView(linked.SessionId, linked.Title, linked.LinkedAt, 0, 0)
                : new SoireeView(facts.SessionId, facts.Title, facts.CreatedAt, facts.Participants, facts.Pistes.Count));
        }

        var groups = await directory.GroupsAsync(data, versions, cancellationToken);
        var phaseFacts = new DemarcheFacts(consultation.Proposals, groups.Count,
            groups.Count(g => g.Stage is "launched" or "active"), groups.Count(g => g.Stage == "active"));
        var phases = await demarches.ReadAsync(demarcheId, d => d.Phases(phaseFacts), cancellationToken);

        return PageTag.Answer(http, PageTag.Of(versions), () => new DemarchePage(
            data.Id, data.Name, data.Territory, data.Language, data.Version, me,
            [.. phases.Select(p => new PhaseView(p.Number, p.Key, p.Status, p.Counts))],
            [.. data.Partners.Select(p => new PartnerView(p.Id, p.Name, p.Univers, p.Circle, isCoordinator ? p.Contact : null))],
            [.. Univers.Keys.Select(k => new UniversView(k, Univers.Labels[k], data.Partners.Count(p => p.Univers == k)))],
            [.. data.Animators.Select(a => new AnimatorView(a.Id, a.Name, a.Role))],
            consultation,
            new PlanView(data.Plan.Title, data.Plan.Date, [.. data.Plan.Picks.Select(p => new PlanPickView(p.ProposalId, p.Kind, p.Title, p.Format))]),
            soirees,
            groups));
    }

    private static Task<Ok<DemarcheVersioned>> PutPartnerAsync(
        string demarcheId, string partnerId, PartnerRequest request, ClaimsPrincipal user, DemarcheRegistry demarches, CancellationToken cancellationToken) =>
        Run(demarches, demarcheId, user, (d, a) => d.SetPartner(a, partnerId, request.Name ?? string.Empty, request.Univers, request.Circle, request.Contact), cancellationToken);

    private static Task<Ok<DemarcheVersioned>> RemovePartnerAsync(
        string demarcheId, string partnerId, ClaimsPrincipal user, DemarcheRegistry demarches, CancellationToken cancellationToken) =>
        Run(demarches, demarcheId, user, (d, a) => d.RemovePartner(a, partnerId), cancellationToken);

    private static Task<Ok<DemarcheVersioned>> PutAnimatorAsync(
        string demarcheId, string animatorId, AnimatorRequest request, ClaimsPrincipal user, DemarcheRegistry demarches, CancellationToken cancellationToken) =>
        Run(demarches, demarcheId, user, (d, a) => d.SetAnimator(a, animatorId, request.Name ?? string.Empty, request.Role), cancellationToken);

    private static Task<Ok<DemarcheVersioned>> RemoveAnimatorAsync(
        string demarcheId, string animatorId, ClaimsPrincipal user, DemarcheRegistry demarches, CancellationToken cancellationToken) =>
        Run(demarches, demarcheId, user, (d, a) => d.RemoveAnimator(a, animatorId), cancellationToken);

    // A fresh personal link each time (a lost link is replaced); it opens the démarche as long as the animator is named.
    private static async Task<Ok<DemarcheLink>> AnimatorLinkAsync(
        string demarcheId, string animatorId, ClaimsPrincipal user, DemarcheRegistry demarches, DemarcheLinks links, HttpRequest http,
        CancellationToken cancellationToken)
    {
        var actor = user.GetActor()!;
        await demarches.ReadAsync(demarcheId, d => d.RequireAnimator(actor, animatorId), cancellationToken);
        var (_, url) = await links.IssueAsync(http, demarcheId, Role.CoAnimator, animatorId, cancellationToken);
        return TypedResults.Ok(new DemarcheLink(url));
    }

    private static async Task<Ok<DemarcheVersioned>> PutPlanAsync(
        string demarcheId, PlanRequest request, ClaimsPrincipal user, DemarcheRegistry demarches, ConsultationRegistry consultations,
        CancellationToken cancellationToken)
    {
        var actor = user.GetActor()!;
        var (consultationId, before) = await CoordinatorReadAsync(demarches, demarcheId, actor, d => (d.ConsultationId, d.Plan), cancellationToken);
        var ids = request.Picks ?? [];
        var picks = await consultations.ReadAsync(consultationId, c => ids.Select(id =>
        {
            var p = c.RequirePickable(id ?? string.Empty).Proposal;
            return (p.Id, p.Kind, p.Title);
        }).ToList(), cancellationToken);
        var version = await demarches.ExecuteAsync(demarcheId, d => d.SetPlan(actor, request.Title ?? string.Empty, request.Date, picks), null, cancellationToken);
        await MarkPickedAsync(consultations, consultationId, [.. picks.Select(p => p.Id)], [.. before.Picks.Select(p => p.ProposalId)], cancellationToken);
        return TypedResults.Ok(new DemarcheVersioned(version));
    }

    private static async Task<Created<CreatedSoiree>> CreateSoireeAsync(
        string demarcheId, ClaimsPrincipal user, DemarcheSoirees soirees, HttpRequest http, CancellationToken cancellationToken)
    {
        var created = await soirees.CreateAsync(http, demarcheId, user.GetActor()!, cancellationToken);
        return TypedResults.Created($"/api/sessions/{created.SessionId}/snapshot", created);
    }

    private static async Task<Created<CreatedPractice>> PracticeAsync(
        string demarcheId, ClaimsPrincipal user, DemarcheSoirees soirees, HttpRequest http, CancellationToken cancellationToken)
    {
        var created = await soirees.PracticeAsync(http, demarcheId, user.GetActor()!, cancellationToken);
        return TypedResults.Created($"/api/sessions/{created.SessionId}/snapshot", created);
    }

    private static async Task<Ok<SoireeConsole>> SoireeConsoleAsync(
        string demarcheId, string sessionId, ClaimsPrincipal user, DemarcheSoirees soirees, HttpRequest http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await soirees.ConsoleAsync(http, demarcheId, user.GetActor()!, sessionId, cancellationToken));

    private static async Task<Ok<DemarcheVersioned>> LinkGroupAsync(
        string demarcheId, LinkGroupRequest request, ClaimsPrincipal user, DemarcheRegistry demarches, JoinCodeResolver codes, HttpContext http)
    {
        var actor = user.GetActor()!;
        await CoordinatorReadAsync(demarches, demarcheId, actor, d => d.Id, http.RequestAborted);
        var (groupId, _) = await codes.ResolveAsync(request.Code, http);
        if (!GroupIds.IsGroup(groupId))
        {
            throw new WorkshopException(ErrorCodes.NotFound, "No group has this code.");
        }

        return TypedResults.Ok(new DemarcheVersioned(await demarches.ExecuteAsync(demarcheId, d => d.LinkGroup(actor, groupId), null, http.RequestAborted)));
    }

    /// <summary>
    /// Another territory's fiche projet becomes a project from elsewhere, marked as imported, and the last workshop of
    /// the plan: an essaimage whose sheet carries the project's name, territory, description and success factors.
    /// </summary>
    private static async Task<Created<ImportedProposal>> ImportFicheAsync(
        string demarcheId, ClaimsPrincipal user, DemarcheRegistry demarches, ConsultationRegistry consultations, HttpRequest http,
        CancellationToken cancellationToken)
    {
        var actor = user.GetActor()!;
        var consultationId = await CoordinatorReadAsync(demarches, demarcheId, actor, d => d.ConsultationId, cancellationToken);
        var read = Portfolio.FicheProjet.Parse(await Exports.ImportBody.ReadAsync(http, Portfolio.FicheProjet.MaxBytes, cancellationToken)).ToProposal();
        var proposalId = TokenHasher.NewId();
        await demarches.ReadAsync(demarcheId, d => d.Plan.Picks.Count < Demarche.MaxPicks
            ? d.Version
            : throw new WorkshopException(ErrorCodes.InvalidArgument, $"An evening holds at most {Demarche.MaxPicks} workshops."), cancellationToken);
        await consultations.ExecuteAsync(consultationId, c => c.Import(Actor.System, proposalId, read.Title, read.Text, read.Theme, read.Where, null, read.Why, read.SuccessFactors),
            null, cancellationToken);
        var title = await consultations.ReadAsync(consultationId, c => c.Find(proposalId)!.Proposal.Title, cancellationToken);
        await demarches.ExecuteAsync(demarcheId, d => d.SetPlan(actor, d.Plan.Title, d.Plan.Date,
            [.. d.Plan.Picks.Select(p => (p.ProposalId, p.Kind, p.Title)), (proposalId, "projetAilleurs", title)]), null, cancellationToken);
        await MarkPickedAsync(consultations, consultationId, [proposalId], [], cancellationToken);
        return TypedResults.Created($"/api/demarches/{demarcheId}", new ImportedProposal(proposalId));
    }

    /// <summary>Runs a read that only the démarche's own coordinator may make.</summary>
    internal static Task<T> CoordinatorReadAsync<T>(DemarcheRegistry demarches, string demarcheId, Actor actor, Func<Demarche, T> read, CancellationToken cancellationToken) =>
        demarches.ReadAsync(demarcheId, d => d.IsCoordinator(actor)
            ? read(d)
            : throw new WorkshopException(ErrorCodes.Forbidden, "Only the démarche's coordinator may do this."), cancellationToken);

    // Picked proposals say "retenue"; one taken out of the plan before its evening says "recue" again. A proposal
    // already in a soirée keeps saying so.
    private static Task MarkPickedAsync(
        ConsultationRegistry consultations, string consultationId, IReadOnlyList<string> picked, IReadOnlyList<string> before, CancellationToken cancellationToken) =>
        consultations.ExecuteAsync(consultationId, c => DemarcheSoirees.Combine(
            picked.Concat(before).Distinct(StringComparer.Ordinal).Select(id => c.Find(id) is { } p && p.Outcome.Key is "recue" or "retenue"
                ? c.SetOutcome(Actor.System, id, picked.Contains(id) ? new ProposalOutcome("retenue") : ProposalOutcome.Received)
                : Decision.None)), null, cancellationToken);

    private static async Task<Ok<DemarcheVersioned>> Run(
        DemarcheRegistry demarches, string demarcheId, ClaimsPrincipal user, Func<Demarche, Actor, Decision> decide, CancellationToken cancellationToken)
    {
        var actor = user.GetActor()!;
        return TypedResults.Ok(new DemarcheVersioned(await demarches.ExecuteAsync(demarcheId, d => decide(d, actor), null, cancellationToken)));
    }
}
