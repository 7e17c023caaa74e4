namespace StartupTerritoire.Server.Exports;

/// <summary>A printable document: its title, language and blocks.</summary>
internal sealed record ReportDocument(string Title, string Language, IReadOnlyList<ReportBlock> Blocks);
