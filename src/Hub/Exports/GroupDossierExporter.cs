using System.Globalization;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Export;

namespace StartupTerritoire.Server.Exports;

/// <summary>
/// A group's dossier in the evening's formats: JSON (importable), a workbook, and the printable report as HTML,
/// Markdown or PDF, in the group's language unless another is asked for.
/// </summary>
internal static class GroupDossierExporter
{
    /// <summary>The formats by the extension asked for, each the evening's format of the same kind.</summary>
    public static ExportFormat Format(string? extension) => ExportFormat.Parse(extension switch
    {
        "json" => "json",
        "xlsx" => "xlsx",
        "html" => "report-html",
        "md" => "report-md",
        "pdf" => "report-pdf",
        _ => throw new WorkshopException(ErrorCodes.NotFound, "Unknown dossier format; one of json, xlsx, html, md, pdf."),
    });

    public static (byte[] Content, string FileName) Render(GroupDossier dossier, ExportFormat format, string? language, bool withContacts)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(format);
        if (language is not null and not "fr" and not "en")
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "The language is 'fr' or 'en'.");
        }

        var text = DossierText.For(language ?? dossier.Group.Language);
        var content = format.Name switch
        {
            "json" => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(dossier, SessionExportJson.Options),
            "xlsx" => GroupDossierSheets.Write(dossier, text, withContacts),
            "report-html" => HtmlReportWriter.Write(GroupDossierReport.Build(dossier, text, withContacts)),
            "report-md" => MarkdownReportWriter.Write(GroupDossierReport.Build(dossier, text, withContacts)),
            "report-pdf" => PdfReportWriter.Write(GroupDossierReport.Build(dossier, text, withContacts), dossier.ExportedAt),
            _ => throw new WorkshopException(ErrorCodes.NotFound, "Unknown dossier format."),
        };
        var name = string.Create(CultureInfo.InvariantCulture,
            $"dossier-{SessionExporter.Slug(dossier.Group.Name, "groupe")}-{dossier.ExportedAt.UtcDateTime:yyyy-MM-dd}.{format.Extension}");
        return (content, name);
    }

    /// <summary>Reads a JSON dossier; anything that is not one is refused with a typed error.</summary>
    public static GroupDossier Read(ReadOnlySpan<byte> json) => SessionExportJson.Read<GroupDossier>(json, "a working group's dossier");
}
