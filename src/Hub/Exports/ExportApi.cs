using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using StartupTerritoire.Server.Access;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Realtime;
using StartupTerritoire.Server.Sessions;
using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Sessions;

namespace StartupTerritoire.Server.Exports;

/// <summary>
/// Exports (animator: the whole soirée; co-animator: their table), import of a JSON export as a new soirée, and
/// deletion of a soirée by its animator.
/// </summary>
internal static class ExportApi
{
    /// <summary>The largest JSON export accepted for import.</summary>
    public const long MaxImportBytes = 32 * 1024 * 1024;

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").AddEndpointFilter<ApiErrorFilter>();
        // Like creating a soirée: the import makes a new one and hands its animator a new token.
        // Its own body limit: Kestrel's default (30,000,000 bytes) is below the size an export may reach.
        api.MapPost("/sessions/import", ImportAsync).AllowAnonymous().WithMetadata(new RequestSizeLimitAttribute(MaxImportBytes));
        var session = api.MapGroup("/sessions/{sessionId}")
            .RequireAuthorization(p => p.AddAuthenticationSchemes(SessionTokenHandler.SchemeName).RequireAuthenticatedUser())
            .AddEndpointFilter<AllowedRolesFilter>();
        session.MapGet("/export/{format}", ExportAsync).WithMetadata(new AllowAttribute(Role.Animator, Role.CoAnimator));
        session.MapDelete("", DeleteAsync).WithMetadata(new AllowAttribute(Role.Animator));
        return app;
    }

    private static async Task<FileContentHttpResult> ExportAsync(
        string sessionId, string format, string? lang, ClaimsPrincipal user, SessionExporter exporter, HttpResponse response, CancellationToken cancellationToken)
    {
        var actor = SessionApi.RequireMemberOf(user, sessionId);
        var kind = ExportFormat.Parse(format);
        var record = await exporter.RecordAsync(sessionId, actor, cancellationToken);
        var (content, fileName) = SessionExporter.Render(record, kind, lang);

        // Personal data (nicknames, contact details): never kept by a cache on the way.
        response.Headers.CacheControl = "no-store";
        return TypedResults.File(content, kind.ContentType, fileName);
    }

    private static async Task<Created<CreatedSession>> ImportAsync(
        HttpRequest http, SessionCreator creator, PublicLinks links, CancellationToken cancellationToken)
    {
        var body = await ImportBody.ReadAsync(http, MaxImportBytes, cancellationToken);
        var record = SessionExportJson.Read(body.Span);
        var (sessionId, code, token, version) = await creator.ImportAsync(record, cancellationToken);
        var created = new CreatedSession(sessionId, code, JoinCode.Display(code), links.Join(http, code), token,
            links.Animator(http, sessionId, token), version);
        return TypedResults.Created($"/api/sessions/{sessionId}/snapshot", created);
    }

    // Only this soirée's animator gets here: the endpoint's AllowAttribute, checked by AllowedRolesFilter.
    private static async Task<NoContent> DeleteAsync(
        string sessionId, SessionRegistry registry, CredentialCache credentials, CancellationToken cancellationToken)
    {
        await registry.DeleteAsync(sessionId, cancellationToken);
        credentials.ForgetSession(sessionId);
        return TypedResults.NoContent();
    }
}
