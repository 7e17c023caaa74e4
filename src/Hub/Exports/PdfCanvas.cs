using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace StartupTerritoire.Server.Exports;

/// <summary>
/// A PDF being written top to bottom on A4 pages (portrait, or landscape for a page-wide grid): where the next line goes, page breaks, and text measured, wrapped
/// and drawn in runs, each in the face that has its characters (see <see cref="PdfFonts"/>). Text given to it has
/// been through <see cref="Printable"/>.
/// </summary>
internal sealed class PdfCanvas(PdfDocument pdf, PdfFonts fonts) : IDisposable
{
    public const double Margin = 50;

    private readonly Dictionary<(int Face, double Size, bool Bold), XFont> _fonts = [];
    private PdfPage _page = null!;
    private XGraphics? _gfx;

    /// <summary>The top of the next thing drawn.</summary>
    public double Y { get; private set; }

    /// <summary>Whether a character beyond the Basic Multilingual Plane (an emoji) was drawn.</summary>
    public bool DrewBeyondBmp { get; private set; }

    public double Left => Margin;

    public double Width => _page.Width.Point - (2 * Margin);

    public double Bottom => _page.Height.Point - Margin;

    /// <summary>The height a page gives from its top margin to its bottom one.</summary>
    public double PageHeight => Bottom - Margin;

    public XGraphics Graphics => _gfx ?? throw new InvalidOperationException("No page yet.");

    /// <summary>The text face at a size; a run in another face takes the same size and weight.</summary>
    public XFont Font(double size, bool bold) => Face(0, size, bold);

    public string Printable(string text) => fonts.Printable(text);

    /// <summary>Whether the current page lies on its side.</summary>
    public bool Landscape { get; private set; }

    /// <summary>Whether nothing was drawn on the current page yet.</summary>
    public bool AtTop => Y <= Margin;

    public void NewPage(bool landscape = false)
    {
        _gfx?.Dispose();
        _page = pdf.AddPage();
        _page.Size = PdfSharp.PageSize.A4;
        if (landscape)
        {
            _page.Orientation = PdfSharp.PageOrientation.Landscape;
        }

        Landscape = landscape;
        _gfx = XGraphics.FromPdfPage(_page);
        Y = Margin;
    }

    public bool Fits(double height) => Y + height <= Bottom;

    /// <summary>Starts a new page unless <paramref name="height"/> fits on this one.</summary>
    public void Ensure(double height)
    {
        if (!Fits(height))
        {
            NewPage();
        }
    }

    public void Advance(double height) => Y += height;

    public static double LineHeight(XFont font) => font.GetHeight() * 1.2;

    public double Measure(string printable, XFont font) =>
        fonts.Runs(printable).Sum(run => Graphics.MeasureString(run.Text, Face(run.Face, font)).Width);

    /// <summary>Draws one line whose top is at <paramref name="top"/>.</summary>
    public void Draw(string printable, XFont font, XBrush brush, double x, double top)
    {
        var baseline = top + font.GetHeight();
        foreach (var run in fonts.Runs(printable))
        {
            var face = Face(run.Face, font);
            DrewBeyondBmp |= run.Text.Any(char.IsSurrogate);
            Graphics.DrawString(run.Text, face, brush, x, baseline);
            x += Graphics.MeasureString(run.Text, face).Width;
        }
    }

    /// <summary>Wraps one line of text at spaces, breaking a word longer than a line between characters.</summary>
    public IEnumerable<string> Wrap(string printable, XFont font, double width)
    {
        var line = new StringBuilder();
        foreach (var word in printable.Split(' '))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (Measure(candidate, font) <= width)
            {
                line.Clear().Append(candidate);
                continue;
            }

            if (line.Length > 0)
            {
                yield return line.ToString();
                line.Clear();
            }

            var rest = word;
            while (rest.Length > 0 && Measure(rest, font) > width)
            {
                var cut = Math.Max(Previous(rest, rest.Length), First(rest));
                while (cut > First(rest) && Measure(rest[..cut], font) > width)
                {
                    cut = Previous(rest, cut);
                }

                yield return rest[..cut];
                rest = rest[cut..];
            }

            line.Append(rest);
        }

        yield return line.ToString();
    }

    /// <summary>The text cut to a width, with "…" where it was cut.</summary>
    public string Fit(string printable, XFont font, double width)
    {
        if (Measure(printable, font) <= width)
        {
            return printable;
        }

        var cut = printable.Length;
        while (cut > First(printable) && Measure(printable[..cut] + "…", font) > width)
        {
            cut = Previous(printable, cut);
        }

        return printable[..cut] + "…";
    }

    /// <summary>Ends the last page (PDFsharp writes a page's content when its graphics are disposed).</summary>
    public void Dispose()
    {
        _gfx?.Dispose();
        _gfx = null;
    }

    // Cuts fall between characters, never inside a surrogate pair (an emoji).
    private static int First(string text) => text.Length > 1 && char.IsHighSurrogate(text[0]) ? 2 : 1;

    private static int Previous(string text, int cut) => cut >= 2 && char.IsLowSurrogate(text[cut - 1]) ? cut - 2 : cut - 1;

    private XFont Face(int face, XFont like) => Face(face, like.Size, like.Bold);

    private XFont Face(int face, double size, bool bold)
    {
        if (!_fonts.TryGetValue((face, size, bold), out var font))
        {
            font = new XFont(fonts.Faces[face].Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
            _fonts[(face, size, bold)] = font;
        }

        return font;
    }
}
