using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using StartupTerritoire.Server.Access;
using StartupTerritoire.Server.Exports;
using StartupTerritoire.Server.Realtime;
using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Export;

namespace StartupTerritoire.Server.Groups;

/// <summary>
/// A group's dossier, downloaded by its co-animators and members as each may see the group, and a JSON dossier
/// imported as a new group (anyone, as a group is started from scratch) with fresh seats and no people.
/// </summary>
internal static class GroupDossierApi
{
    /// <summary>Maps the import on <paramref name="api"/> ("/api") and the dossier on <paramref name="group"/> ("/api/groups/{groupId}").</summary>
    public static void MapGroupDossier(RouteGroupBuilder api, RouteGroupBuilder group)
    {
        // Its own body limit, the evening's: Kestrel's default is below what a long-lived group's dossier may reach.
        api.MapPost("/groups/import", ImportAsync).AllowAnonymous().WithMetadata(new RequestSizeLimitAttribute(ExportApi.MaxImportBytes));
        group.MapGet("/dossier.{format}", DossierAsync).WithMetadata(new AllowAttribute(Role.CoAnimator, Role.Participant));
    }

    private static async Task<FileContentHttpResult> DossierAsync(
        string groupId, string format, string? lang, ClaimsPrincipal user, GroupRegistry groups, TimeProvider time, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var actor = user.GetActor()!;
        var kind = GroupDossierExporter.Format(format);
        var (dossier, seat) = await groups.ReadAsync(groupId, g =>
        {
            GroupApi.RequireInGroup(g, actor);
            return (GroupDossiers.Of(g.ViewFor(actor), g.IsSeat(actor), time.GetUtcNow()), g.IsSeat(actor));
        }, cancellationToken);
        var (content, fileName) = GroupDossierExporter.Render(dossier, kind, lang, withContacts: seat);

        // Personal data (nicknames, contact details): never kept by a cache on the way.
        response.Headers.CacheControl = "no-store";
        return TypedResults.File(content, kind.ContentType, fileName);
    }

    private static async Task<Created<CreatedGroup>> ImportAsync(HttpRequest http, GroupCreator creator, CancellationToken cancellationToken)
    {
        var body = await ImportBody.ReadAsync(http, ExportApi.MaxImportBytes, cancellationToken);
        var created = await creator.ImportAsync(http, GroupDossierExporter.Read(body.Span), cancellationToken);
        return TypedResults.Created($"/api/groups/{created.GroupId}", created);
    }
}
