using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using StartupTerritoire.Server.Access;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Demarches;
using StartupTerritoire.Server.Exports;
using StartupTerritoire.Server.Groups;
using StartupTerritoire.Server.Realtime;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Portfolio;

namespace StartupTerritoire.Server.Portfolio;

/// <summary>
/// The démarche's portfolio (phase 4) over HTTP: the projects with their stages, milestones, needs and offers and
/// the links between them for the coordinator and the named animators; its workbook and CSV and the yearly report
/// for the coordinator; and the public page of what the groups chose to publish, for anyone.
/// </summary>
internal static class PortfolioApi
{
    /// <summary>
    /// Maps <c>GET /portfolio</c>, <c>/portfolio.{csv|xlsx}</c> and <c>/report.{html|md|pdf}?year=</c> on
    /// <paramref name="demarche"/> ("/api/demarches/{demarcheId}", token required), and the public
    /// <c>GET /demarches/{demarcheId}</c> on <paramref name="publicApi"/> ("/api/public").
    /// </summary>
    public static void Map(RouteGroupBuilder demarche, RouteGroupBuilder publicApi)
    {
        ArgumentNullException.ThrowIfNull(demarche);
        ArgumentNullException.ThrowIfNull(publicApi);
        demarche.MapGet("/portfolio", PortfolioAsync).WithMetadata(new AllowAttribute(Role.Animator, Role.CoAnimator)).AddEndpointFilter(OwnDemarcheAsync);
        demarche.MapGet("/portfolio.{format}", PortfolioFileAsync).WithMetadata(new AllowAttribute(Role.Animator)).AddEndpointFilter(OwnDemarcheAsync);
        demarche.MapGet("/report.{format}", ReportAsync).WithMetadata(new AllowAttribute(Role.Animator)).AddEndpointFilter(OwnDemarcheAsync);
        publicApi.MapGet("/demarches/{demarcheId}", PublicAsync).AllowAnonymous();
    }

    // The démarche's own filter checks this too; the portfolio does not rely on where it is mapped.
    private static ValueTask<object?> OwnDemarcheAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        AllowedRolesFilter.RequireAllowedRole(http);
        return http.GetRouteValue("demarcheId") is string id && id == http.User.GetSessionId()
            ? next(context)
            : throw new WorkshopException(ErrorCodes.Forbidden, "This token belongs to another démarche.");
    }

    private static async Task<Ok<ProjectPortfolio>> PortfolioAsync(
        string demarcheId, IDemarcheDirectory directory, GroupRegistry groups, HttpResponse response, CancellationToken cancellationToken)
    {
        var data = await new PortfolioReader(directory, groups).ReadAsync(demarcheId, cancellationToken);
        response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(data.Portfolio);
    }

    private static async Task<FileContentHttpResult> PortfolioFileAsync(
        string demarcheId, string format, IDemarcheDirectory directory, GroupRegistry groups, TimeProvider time, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var kind = format switch
        {
            "csv" => ExportFormat.Parse("csv"),
            "xlsx" => ExportFormat.Parse("xlsx"),
            _ => throw new WorkshopException(ErrorCodes.NotFound, "Unknown portfolio format; one of csv, xlsx."),
        };
        var data = await new PortfolioReader(directory, groups).ReadAsync(demarcheId, cancellationToken);
        var content = format == "csv" ? PortfolioSheets.Csv(data) : PortfolioSheets.Xlsx(data);
        response.Headers.CacheControl = "no-store";
        var name = string.Create(CultureInfo.InvariantCulture,
            $"portefeuille-{SessionExporter.Slug(data.Demarche.Name, "demarche")}-{time.GetUtcNow().UtcDateTime:yyyy-MM-dd}.{kind.Extension}");
        return TypedResults.File(content, kind.ContentType, name);
    }

    private static async Task<FileContentHttpResult> ReportAsync(
        string demarcheId, string format, int? year, IDemarcheDirectory directory, GroupRegistry groups, TimeProvider time, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var kind = format switch
        {
            "html" => ExportFormat.Parse("report-html"),
            "md" => ExportFormat.Parse("report-md"),
            "pdf" => ExportFormat.Parse("report-pdf"),
            _ => throw new WorkshopException(ErrorCodes.NotFound, "Unknown report format; one of html, md, pdf."),
        };
        var now = time.GetUtcNow();
        var asked = year ?? now.UtcDateTime.Year;
        if (asked is < 2000 or > 2100)
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "The year must fall between 2000 and 2100.");
        }

        var data = await new PortfolioReader(directory, groups).ReadAsync(demarcheId, cancellationToken);
        var document = PortfolioReport.Build(data, asked);
        var content = format switch
        {
            "html" => HtmlReportWriter.Write(document),
            "md" => MarkdownReportWriter.Write(document),
            _ => PdfReportWriter.Write(document, now),
        };
        response.Headers.CacheControl = "no-store";
        var name = string.Create(CultureInfo.InvariantCulture,
            $"rapport-{SessionExporter.Slug(data.Demarche.Name, "demarche")}-{asked}.{kind.Extension}");
        return TypedResults.File(content, kind.ContentType, name);
    }

    private static async Task<Ok<PublicPortfolio>> PublicAsync(
        string demarcheId, IDemarcheDirectory directory, GroupRegistry groups, HttpResponse response, CancellationToken cancellationToken)
    {
        var data = await new PortfolioReader(directory, groups).ReadAsync(demarcheId, cancellationToken);
        response.Headers.CacheControl = "no-cache";
        return TypedResults.Ok(PublicPortfolio.Of(data.Demarche.Name, data.Demarche.Territory, data.Language, data.Portfolio));
    }
}
