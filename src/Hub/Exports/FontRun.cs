namespace StartupTerritoire.Server.Exports;

/// <summary>A stretch of one line drawn with one face (an index into <see cref="PdfFonts.Faces"/>).</summary>
internal readonly record struct FontRun(int Face, string Text);
