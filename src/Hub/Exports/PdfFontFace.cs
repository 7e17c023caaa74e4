namespace StartupTerritoire.Server.Exports;

/// <summary>A font file the PDF may draw with: its family name for PDFsharp, its files and the characters it has.</summary>
internal sealed record PdfFontFace(string Family, string Path, byte[] Regular, byte[]? Bold, TrueTypeCmap Cmap);
