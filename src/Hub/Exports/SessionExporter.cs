using System.Globalization;
using System.Text;
using StartupTerritoire.Server.Sessions;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Export;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Exports;

/// <summary>
/// Makes the downloads of a soirée, during the evening or after it: the record is read from the stored event log
/// (so it is exactly what was acknowledged), cut to what the caller may see, then written in the asked format.
/// </summary>
internal sealed class SessionExporter(ISessionStore store, TimeProvider time)
{
    private const int Page = 1000;

    /// <summary>The animator gets the whole soirée; a co-animator their table's workshop; nobody else anything.</summary>
    public async Task<SessionExport> RecordAsync(string sessionId, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var scope = actor switch
        {
            { Role: Role.Animator } => RecordScope.Session,
            { Role: Role.CoAnimator, TableId: { } table } => RecordScope.Table(table),
            _ => throw new WorkshopException(ErrorCodes.Forbidden, "Only the animator or a table's co-animator may export."),
        };
        var events = new List<StoredEvent>();
        while (true)
        {
            var page = await store.ReadEventsAsync(sessionId, events.Count, Page, cancellationToken);
            events.AddRange(page);
            if (page.Count < Page)
            {
                break;
            }
        }

        return events.Count == 0
            ? throw new WorkshopException(SessionRegistry.SessionNotFound, "No such session.")
            : SessionRecorder.Record(events, scope, time.GetUtcNow());
    }

    /// <summary>The file of a record in a format, in the soirée's language unless <paramref name="language"/> says otherwise.</summary>
    public static (byte[] Content, string FileName) Render(SessionExport record, ExportFormat format, string? language)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(format);
        if (language is not null and not "fr" and not "en")
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "The language is 'fr' or 'en'.");
        }

        var digest = new SessionDigest(record, language);
        var content = format.Name switch
        {
            "json" => SessionExportJson.Write(record),
            "csv" => CsvExport.Write(digest, ','),
            "csv-semicolon" => CsvExport.Write(digest, ';'),
            "xlsx" => XlsxExport.Write(digest),
            "report-html" => HtmlReportWriter.Write(SessionReport.Build(digest)),
            "report-md" => MarkdownReportWriter.Write(SessionReport.Build(digest)),
            "report-pdf" => PdfReportWriter.Write(SessionReport.Build(digest), record.ExportedAt),
            "sheets-html" => HtmlReportWriter.Write(HandoffSheets.Build(digest)),
            "sheets-md" => MarkdownReportWriter.Write(HandoffSheets.Build(digest)),
            _ => throw new WorkshopException(ErrorCodes.NotFound, "Unknown export format."),
        };
        return (content, FileName(record, format));
    }

    /// <summary>"soiree-val-de-ligne-2026-11-27-report.html": ASCII only, so every system keeps the name.</summary>
    private static string FileName(SessionExport record, ExportFormat format)
    {
        var kind = format.Name switch
        {
            "csv-semicolon" => "-notes-fr",
            "csv" => "-notes",
            "report-html" or "report-md" or "report-pdf" => "-report",
            "sheets-html" or "sheets-md" => "-sheets",
            _ => string.Empty,
        };
        return string.Create(CultureInfo.InvariantCulture, $"{Slug(record.Session.Title, "soiree")}-{record.Session.CreatedAt.UtcDateTime:yyyy-MM-dd}{kind}.{format.Extension}");
    }

    /// <summary>A title as a file name's start: ASCII letters and digits, accents dropped, dashes between words, at most 60.</summary>
    public static string Slug(string title, string fallback)
    {
        var slug = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var name = slug.ToString().Trim('-');
        return name.Length == 0 ? fallback : name[..Math.Min(name.Length, 60)].Trim('-');
    }
}
