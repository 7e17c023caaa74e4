using StartupTerritoire.WorkshopEngine;

namespace StartupTerritoire.Server.Exports;

/// <summary>The downloadable forms of a soirée's record, by the name used in the URL.</summary>
internal sealed record ExportFormat(string Name, string Extension, string ContentType)
{
    public static readonly IReadOnlyList<ExportFormat> All =
    [
        new("json", "json", "application/json; charset=utf-8"),
        new("csv", "csv", "text/csv; charset=utf-8"),
        new("csv-semicolon", "csv", "text/csv; charset=utf-8"),
        new("xlsx", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        new("report-html", "html", "text/html; charset=utf-8"),
        new("report-md", "md", "text/markdown; charset=utf-8"),
        new("report-pdf", "pdf", "application/pdf"),
        new("sheets-html", "html", "text/html; charset=utf-8"),
        new("sheets-md", "md", "text/markdown; charset=utf-8"),
    ];

    public static ExportFormat Parse(string? name) =>
        All.FirstOrDefault(f => f.Name == name)
        ?? throw new WorkshopException(ErrorCodes.NotFound, $"Unknown export format; one of {string.Join(", ", All.Select(f => f.Name))}.");
}
