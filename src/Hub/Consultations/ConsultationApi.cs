using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using StartupTerritoire.Server.Access;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Demarches;
using StartupTerritoire.Server.Realtime;
using StartupTerritoire.Server.Sessions;
using StartupTerritoire.Server.Web;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Consultations;

/// <summary>
/// The HTTP side of a démarche's consultation. Anyone with the link reads it (what became of each proposal included)
/// and takes an anonymous visitor token, limited per address like joining; a visitor proposes, supports once and
/// comments. The coordinator opens, closes and hides from the démarche's own routes, and reads the holders' contacts
/// (given with consent) by reading the consultation with the démarche's token.
/// </summary>
internal static class ConsultationApi
{
    /// <summary>The largest body a visitor sends: a proposal is a few kilobytes at most.</summary>
    public const long MaxVisitorBodyBytes = 64 * 1024;

    public static void MapConsultationApi(RouteGroupBuilder api)
    {
        api.MapGet("/consultations/{code}", PageAsync).AllowAnonymous();
        api.MapGet("/consultations/{code}/qr.svg", QrAsync).AllowAnonymous();
        api.MapPost("/consultations/{code}/visitors", VisitorAsync).AllowAnonymous();

        var visitor = api.MapGroup("/consultations/{code}")
            .RequireAuthorization(p => p.AddAuthenticationSchemes(SessionTokenHandler.SchemeName).RequireAuthenticatedUser())
            .AddEndpointFilter<ConsultationRolesFilter>()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxVisitorBodyBytes));
        var visitors = new AllowAttribute(Role.Participant);
        visitor.MapPut("/proposals/{proposalId}", ProposeAsync).WithMetadata(visitors);
        visitor.MapPut("/proposals/{proposalId}/support", SupportAsync).WithMetadata(visitors);
        visitor.MapDelete("/proposals/{proposalId}/support", WithdrawAsync).WithMetadata(visitors);
        visitor.MapPut("/proposals/{proposalId}/comments/{commentId}", CommentAsync).WithMetadata(visitors);
    }

    /// <summary>The coordinator's side, on the démarche's routes.</summary>
    public static void MapCoordinatorSide(RouteGroupBuilder demarche)
    {
        var coordinator = new AllowAttribute(Role.Animator);
        demarche.MapPost("/consultation/open", OpenAsync).WithMetadata(coordinator);
        demarche.MapPost("/consultation/close", CloseAsync).WithMetadata(coordinator);
        demarche.MapDelete("/proposals/{proposalId}", HideAsync).WithMetadata(coordinator);
    }

    /// <summary>
    /// The consultation's page, polled by its page: tagged with who asks (a visitor, the coordinator or nobody) and the
    /// versions of the consultation, its démarche and the soirées and groups its outcomes are read from, and answered
    /// 304 with no body while none changed.
    /// </summary>
    private static async Task<IResult> PageAsync(
        string code, ClaimsPrincipal user, JoinCodeResolver codes, ConsultationRegistry consultations, DemarcheRegistry demarches,
        DemarcheDirectory directory, ConsultationThemes themes, HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        var consultationId = await ConsultationRolesFilter.ResolveAsync(codes, code, http);
        var (demarcheId, version, open, all) = await consultations.ReadAsync(consultationId, c => (c.DemarcheId, c.Version, c.IsOpen, c.Proposals), cancellationToken);
        var (name, territory, coordinatorId, demarcheVersion) = await demarches.ReadAsync(demarcheId, d => (d.Name, d.Territory, d.CoordinatorId, d.Version), cancellationToken);

        // An optional token: a visitor's says which proposals they support and made; the coordinator's shows contacts and hidden proposals.
        var actor = user.GetActor();
        var visitorId = actor is { Role: Role.Participant } && user.GetSessionId() == consultationId ? actor.Id : null;
        var isCoordinator = actor is { Role: Role.Animator } && user.GetSessionId() == demarcheId && actor.Id == coordinatorId;
        var shown = isCoordinator ? all : [.. all.Where(p => !p.Hidden)];
        var caller = visitorId is not null ? $"visitor:{visitorId}" : isCoordinator ? $"coordinator:{actor!.Id}" : "anyone";
        var versions = new List<string> { caller, $"{consultationId}:{version}", $"{demarcheId}:{demarcheVersion}" };
        var outcomes = await directory.OutcomesAsync(shown, versions, cancellationToken);
        var visible = all.Where(p => !p.Hidden).ToList();

        return PageTag.Answer(http, PageTag.Of(versions), () => new ConsultationPage(name, territory, open, version,
            [.. shown.Select(p => new ProposalView(
                p.Proposal.Id, p.Proposal.Kind, p.Proposal.Title, p.Proposal.Text, p.Proposal.Theme, p.Proposal.Where, p.Proposal.Link, p.Proposal.Why,
                p.Proposal.Holder, p.Supports,
                visitorId is null ? null : p.Supporters.Contains(visitorId),
                visitorId is null ? null : p.Proposal.VisitorId == visitorId,
                [.. p.Comments.Select(c => new CommentView(c.Id, c.Nickname, c.Text, c.At))],
                outcomes[p.Proposal.Id], p.At, p.Proposal.Source, p.Proposal.SuccessFactors,
                isCoordinator ? p.Proposal.Contact : null, p.Hidden))],
            themes.For(consultationId, version, visible)));
    }

    // The consultation's link as a QR code, for posters and flyers: it opens /c/CODE.
    private static async Task<IResult> QrAsync(string code, JoinCodeResolver codes, ConsultationRegistry consultations, DemarcheLinks links, HttpContext http)
    {
        var consultationId = await ConsultationRolesFilter.ResolveAsync(codes, code, http);
        var canonical = await consultations.ReadAsync(consultationId, c => c.JoinCode, http.RequestAborted);
        return Results.Text(JoinQrCode.Svg(links.Consultation(http.Request, canonical)), "image/svg+xml; charset=utf-8");
    }

    private static async Task<Ok<VisitorToken>> VisitorAsync(
        string code, JoinCodeResolver codes, VisitorLimiter limiter, ISessionStore store, TimeProvider time, HttpContext http)
    {
        var consultationId = await ConsultationRolesFilter.ResolveAsync(codes, code, http);
        limiter.Take(http);
        var token = TokenHasher.NewToken();
        await StoreFaults.Guard(() => store.SaveCredentialAsync(
            new Credential(TokenHasher.Hash(token), consultationId, Role.Participant, TokenHasher.NewId(), null, time.GetUtcNow()), http.RequestAborted));
        return TypedResults.Ok(new VisitorToken(token));
    }

    private static Task<Ok<ConsultationVersioned>> ProposeAsync(string proposalId, ProposalRequest request, ClaimsPrincipal user, ConsultationRegistry consultations, HttpContext http) =>
        Run(consultations, user, http, c => c.Propose(user.GetActor()!, proposalId, request.Kind, request.Title, request.Text, request.Theme, request.Holder,
            request.Contact, request.Consent, request.Where, request.Link, request.Why));

    private static Task<Ok<ConsultationVersioned>> SupportAsync(string proposalId, ClaimsPrincipal user, ConsultationRegistry consultations, HttpContext http) =>
        Run(consultations, user, http, c => c.Support(user.GetActor()!, proposalId));

    private static Task<Ok<ConsultationVersioned>> WithdrawAsync(string proposalId, ClaimsPrincipal user, ConsultationRegistry consultations, HttpContext http) =>
        Run(consultations, user, http, c => c.Withdraw(user.GetActor()!, proposalId));

    private static Task<Ok<ConsultationVersioned>> CommentAsync(
        string proposalId, string commentId, CommentRequest request, ClaimsPrincipal user, ConsultationRegistry consultations, HttpContext http) =>
        Run(consultations, user, http, c => c.Comment(user.GetActor()!, proposalId, commentId, request.Text, request.Nickname));

    private static Task<Ok<ConsultationVersioned>> OpenAsync(string demarcheId, ClaimsPrincipal user, DemarcheRegistry demarches, ConsultationRegistry consultations, CancellationToken cancellationToken) =>
        AsCoordinator(demarches, consultations, demarcheId, user, c => c.Open(Actor.System), cancellationToken);

    private static Task<Ok<ConsultationVersioned>> CloseAsync(string demarcheId, ClaimsPrincipal user, DemarcheRegistry demarches, ConsultationRegistry consultations, CancellationToken cancellationToken) =>
        AsCoordinator(demarches, consultations, demarcheId, user, c => c.Close(Actor.System), cancellationToken);

    private static Task<Ok<ConsultationVersioned>> HideAsync(
        string demarcheId, string proposalId, ClaimsPrincipal user, DemarcheRegistry demarches, ConsultationRegistry consultations, CancellationToken cancellationToken) =>
        AsCoordinator(demarches, consultations, demarcheId, user, c => c.Hide(Actor.System, proposalId), cancellationToken);

    // The démarche checks its coordinator; the consultation then takes the decision from the host.
    private static async Task<Ok<ConsultationVersioned>> AsCoordinator(
        DemarcheRegistry demarches, ConsultationRegistry consultations, string demarcheId, ClaimsPrincipal user,
        Func<WorkshopEngine.Consultations.Consultation, Decision> decide, CancellationToken cancellationToken)
    {
        var consultationId = await DemarcheApi.CoordinatorReadAsync(demarches, demarcheId, user.GetActor()!, d => d.ConsultationId, cancellationToken);
        return TypedResults.Ok(new ConsultationVersioned(await consultations.ExecuteAsync(consultationId, decide, null, cancellationToken)));
    }

    private static async Task<Ok<ConsultationVersioned>> Run(
        ConsultationRegistry consultations, ClaimsPrincipal user, HttpContext http, Func<WorkshopEngine.Consultations.Consultation, Decision> decide)
    {
        _ = user.GetActor() ?? throw new WorkshopException(ErrorCodes.Forbidden, "A visitor token is needed.");
        var consultationId = (string)http.Items[ConsultationRolesFilter.ItemKey]!;
        return TypedResults.Ok(new ConsultationVersioned(await consultations.ExecuteAsync(consultationId, decide, null, http.RequestAborted)));
    }
}
