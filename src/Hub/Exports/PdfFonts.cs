using System.Globalization;
using System.Text;
using PdfSharp.Fonts;
using StartupTerritoire.WorkshopEngine;

namespace StartupTerritoire.Server.Exports;

/// <summary>
/// The fonts installed with the system that the PDF draws with, and which of them draws each character. Text is in
/// DejaVu Sans (else Liberation Sans); a character the text font lacks (an emoji, a rare symbol) is drawn in the first
/// other installed face whose character map has it, Symbola (fonts-symbola) above all, which has the emoji up to
/// Unicode 9 in black and white. Nothing is downloaded. Without a text font, a PDF is refused with a typed error.
/// </summary>
internal sealed class PdfFonts : IFontResolver
{
    public const string Unavailable = "export.pdf_unavailable";

    private static readonly string[] s_folders =
    [
        "/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation", "/usr/share/fonts/truetype/ancient-scripts",
        "/usr/share/fonts/truetype/noto", "/usr/share/fonts/TTF", "/usr/share/fonts/gdouros-symbola", "C:\\Windows\\Fonts",
    ];

    private static readonly (string Regular, string Bold)[] s_textFaces =
        [("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"), ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf")];

    // In order of preference; the text face itself is skipped. Noto Sans Symbols (fonts-noto-core) adds a few signs
    // Symbola lacks; Segoe UI Symbol is Windows' black-and-white counterpart.
    private static readonly string[] s_fallbackFaces =
    [
        "DejaVuSans.ttf", "LiberationSans-Regular.ttf", "Symbola_hint.ttf", "Symbola.ttf", "NotoSansSymbols2-Regular.ttf",
        "NotoSansSymbols-Regular.ttf", "seguisym.ttf",
    ];

    private static readonly Lock s_gate = new();
    private static PdfFonts? s_installed;

    private PdfFonts(IReadOnlyList<PdfFontFace> faces) => Faces = faces;

    /// <summary>The text face first, then the fallbacks in the order they are tried.</summary>
    public IReadOnlyList<PdfFontFace> Faces { get; }

    /// <summary>Installs the resolver once for the process (PDFsharp's setting is global) and returns it.</summary>
    public static PdfFonts EnsureInstalled()
    {
        lock (s_gate)
        {
            if (s_installed is null)
            {
                s_installed = Load(s_folders) ?? throw new WorkshopException(Unavailable,
                    "No font to write a PDF with: install fonts-dejavu-core (or fonts-liberation). The HTML report prints to PDF too.");
                GlobalFontSettings.FontResolver = s_installed;
            }

            return s_installed;
        }
    }

    /// <summary>The faces found in <paramref name="folders"/>, or null when no text face is there.</summary>
    public static PdfFonts? Load(IEnumerable<string> folders)
    {
        var paths = folders.ToList();
        string? Find(string file) => paths.Select(f => Path.Combine(f, file)).FirstOrDefault(File.Exists);

        var faces = new List<PdfFontFace>();
        foreach (var (regular, bold) in s_textFaces)
        {
            if (Find(regular) is { } r && Find(bold) is { } b && Face("Report Sans", r, b) is { } text)
            {
                faces.Add(text);
                break;
            }
        }

        if (faces.Count == 0)
        {
            return null;
        }

        foreach (var file in s_fallbackFaces)
        {
            if (Find(file) is { } path && faces.All(f => f.Path != path) && Face($"Report Fallback {faces.Count}", path, null) is { } face)
            {
                faces.Add(face);
            }
        }

        return new PdfFonts(faces);
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var index = Index(familyName);
        // A fallback face has no bold: its emoji and signs are drawn as they are rather than smeared by a simulated bold.
        return index < 0 ? null : new FontResolverInfo(bold && Faces[index].Bold is not null ? $"{index}-bold" : $"{index}-regular");
    }

    public byte[]? GetFont(string faceName)
    {
        var dash = faceName.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0 || !int.TryParse(faceName.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= Faces.Count)
        {
            return null;
        }

        return faceName[(dash + 1)..] == "bold" ? Faces[index].Bold : Faces[index].Regular;
    }

    /// <summary>The first face that has a glyph for the character, or -1 when none has.</summary>
    public int FaceOf(int codePoint)
    {
        for (var i = 0; i < Faces.Count; i++)
        {
            if (Faces[i].Cmap.Covers(codePoint))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The text as it will be drawn. A character that no installed face has is left out rather than drawn as "�" or
    /// as an empty box, and the space it leaves is not doubled, so "Fête 🥳 ce soir" reads "Fête ce soir". Control
    /// and format characters, variation selectors and skin-tone modifiers are left out too (they only change how a
    /// neighbour looks, which black-and-white fonts cannot show), and so is U+FFFD, which stands for a character
    /// already lost. Tabs become spaces; line breaks stay.
    /// </summary>
    public string Printable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var dropped = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == '\n')
            {
                builder.Append('\n');
                dropped = false;
            }
            else if (rune.Value is ' ' or '\t' || (rune.Value != '\r' && Rune.IsWhiteSpace(rune) && FaceOf(rune.Value) < 0))
            {
                Space(builder, dropped);
            }
            else if (IsModifierOnly(rune) || FaceOf(rune.Value) < 0)
            {
                dropped = true;
            }
            else
            {
                builder.Append(rune);
                dropped = false;
            }
        }

        return builder.ToString();
    }

    /// <summary>Cuts printable text (one line) into runs, each character in the first face that has it.</summary>
    public IReadOnlyList<FontRun> Runs(string printable)
    {
        var runs = new List<FontRun>();
        var current = new StringBuilder();
        var face = 0;
        foreach (var rune in printable.EnumerateRunes())
        {
            var next = Math.Max(FaceOf(rune.Value), 0);
            if (next != face && current.Length > 0)
            {
                runs.Add(new FontRun(face, current.ToString()));
                current.Clear();
            }

            face = next;
            current.Append(rune);
        }

        if (current.Length > 0)
        {
            runs.Add(new FontRun(face, current.ToString()));
        }

        return runs;
    }

    private static void Space(StringBuilder builder, bool dropped)
    {
        if (!dropped || (builder.Length > 0 && builder[^1] is not (' ' or '\n')))
        {
            builder.Append(' ');
        }
    }

    private static bool IsModifierOnly(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
        || rune.Value is (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF) or (>= 0x1F3FB and <= 0x1F3FF) or 0xFFFD;

    private int Index(string familyName)
    {
        for (var i = 0; i < Faces.Count; i++)
        {
            if (Faces[i].Family == familyName)
            {
                return i;
            }
        }

        return -1;
    }

    private static PdfFontFace? Face(string family, string regular, string? bold)
    {
        try
        {
            var bytes = File.ReadAllBytes(regular);
            return new PdfFontFace(family, regular, bytes, bold is null ? null : File.ReadAllBytes(bold), TrueTypeCmap.Read(bytes));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // An unreadable or broken file is as good as absent: the next candidate is tried.
            return null;
        }
    }
}
