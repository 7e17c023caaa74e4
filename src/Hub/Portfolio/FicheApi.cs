using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using StartupTerritoire.Server.Access;
using StartupTerritoire.Server.Exports;
using StartupTerritoire.Server.Groups;
using StartupTerritoire.WorkshopEngine;

namespace StartupTerritoire.Server.Portfolio;

/// <summary>
/// A group's fiche projet as JSON (docs/schemas/fiche-projet.schema.json) or PDF, in the group's language unless
/// <c>?lang=fr|en</c> says otherwise. Its seats and members get the whole
/// fiche; anyone else, with no token or another's, gets it only once the group published, and then only what it
/// published. Public on purpose: an élu or another territory reads a published project without a link of the group.
/// </summary>
internal static class FicheApi
{
    /// <summary>Maps <c>GET /groups/{groupId}/fiche.{format}</c> on <paramref name="api"/> ("/api").</summary>
    public static void MapFiche(RouteGroupBuilder api) =>
        api.MapGet("/groups/{groupId}/fiche.{format}", FicheAsync).AllowAnonymous();

    private static async Task<FileContentHttpResult> FicheAsync(
        string groupId, string format, string? lang, ClaimsPrincipal user, GroupRegistry groups, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        if (format is not ("json" or "pdf"))
        {
            throw new WorkshopException(ErrorCodes.NotFound, "Unknown fiche format; one of json, pdf.");
        }

        if (lang is not null and not "fr" and not "en")
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "The language is 'fr' or 'en'.");
        }

        if (!GroupIds.IsGroup(groupId))
        {
            throw new WorkshopException(ErrorCodes.NotFound, "No such group.");
        }

        var now = time.GetUtcNow();
        var actor = user.GetSessionId() == groupId ? user.GetActor() : null;
        var (fiche, inGroup) = await groups.ReadAsync(groupId, g =>
        {
            var inside = actor is not null && (g.IsSeat(actor) || g.IsMember(actor));
            return inside || g.Publication.Published
                ? (FicheProjets.Of(g.ToSnapshot(), publicOnly: !inside, now, lang), inside)
                : throw new WorkshopException(ErrorCodes.NotFound, "This group publishes no fiche projet.");
        }, cancellationToken);

        var content = format == "json"
            ? System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(fiche, SessionExportJson.Options)
            : PdfReportWriter.Write(FicheProjets.Document(fiche), now);
        response.Headers.CacheControl = inGroup ? "no-store" : "no-cache";
        var name = string.Create(CultureInfo.InvariantCulture, $"fiche-projet-{SessionExporter.Slug(fiche.Name, "projet")}-{now.UtcDateTime:yyyy-MM-dd}.{format}");
        return TypedResults.File(content, format == "json" ? "application/json; charset=utf-8" : "application/pdf", name);
    }
}
