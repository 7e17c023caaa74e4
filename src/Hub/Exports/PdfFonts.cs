using PdfSharp.Fonts;
using StartupTerritoire.WorkshopEngine;

namespace StartupTerritoire.Server.Exports;

/// <summary>
/// Gives PDFsharp the DejaVu Sans (else Liberation Sans) files installed with the system, which cover French and most
/// Latin, Greek and Cyrillic text; nothing is downloaded. Without either, a PDF is refused with a typed error.
/// </summary>
internal sealed class PdfFonts : IFontResolver
{
    public const string Family = "Report Sans";
    public const string Unavailable = "export.pdf_unavailable";

    private static readonly string[] s_folders = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation", "/usr/share/fonts/TTF", "C:\\Windows\\Fonts"];
    private static readonly (string Regular, string Bold)[] s_faces = [("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"), ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf")];
    private static readonly Lock s_gate = new();
    private readonly Dictionary<string, byte[]> _files;

    private PdfFonts(Dictionary<string, byte[]> files) => _files = files;

    /// <summary>Installs the resolver once for the process (PDFsharp's setting is global).</summary>
    public static void EnsureInstalled()
    {
        lock (s_gate)
        {
            if (GlobalFontSettings.FontResolver is PdfFonts)
            {
                return;
            }

            GlobalFontSettings.FontResolver = Load() ?? throw new WorkshopException(Unavailable,
                "No font to write a PDF with: install fonts-dejavu-core (or fonts-liberation). The HTML report prints to PDF too.");
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "bold" : "regular");

    public byte[]? GetFont(string faceName) => _files.GetValueOrDefault(faceName);

    private static PdfFonts? Load()
    {
        foreach (var (regular, bold) in s_faces)
        {
            foreach (var folder in s_folders)
            {
                var r = Path.Combine(folder, regular);
                var b = Path.Combine(folder, bold);
                if (File.Exists(r) && File.Exists(b))
                {
                    return new PdfFonts(new Dictionary<string, byte[]>(StringComparer.Ordinal)
                    {
                        ["regular"] = File.ReadAllBytes(r),
                        ["bold"] = File.ReadAllBytes(b),
                    });
                }
            }
        }

        return null;
    }
}
