using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace StartupTerritoire.Server.Exports;

/// <summary>
/// Mends the ToUnicode maps PDFsharp writes, which tell a reader what character each glyph is (for copying, search
/// and screen readers). PDFsharp 6.2 writes a character beyond the Basic Multilingual Plane as its code point,
/// "&lt;1F6B2&gt;", where the format wants UTF-16, "&lt;D83DDEB2&gt;": readers then copy an emoji as a Greek letter
/// and a stray character. Its glyphs are drawn right; only the maps are rewritten.
/// </summary>
internal static partial class PdfUnicodeMaps
{
    public static byte[] Mend(byte[] pdf, DateTimeOffset modifiedAt)
    {
        using var input = new MemoryStream(pdf);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        var mended = false;
        foreach (var font in document.Internals.GetAllObjects().OfType<PdfDictionary>())
        {
            if (font.Elements.GetReference("/ToUnicode")?.Value is not PdfDictionary { Stream: { } stream } map)
            {
                continue;
            }

            var text = Encoding.ASCII.GetString(stream.UnfilteredValue);
            var utf16 = BeyondBmp().Replace(text, m =>
                $"<{string.Concat(char.ConvertFromUtf32(int.Parse(m.Groups[1].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture)))}>");
            if (utf16 == text)
            {
                continue;
            }

            map.Elements.Remove("/Filter");
            stream.Value = Encoding.ASCII.GetBytes(utf16);
            stream.Zip();
            mended = true;
        }

        if (!mended)
        {
            return pdf;
        }

        document.Info.ModificationDate = modifiedAt.UtcDateTime;
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    // Sources are 4-digit glyph ids; a destination of 5 or 6 digits is a code point above U+FFFF.
    [GeneratedRegex("<(10[0-9A-F]{4}|[1-9A-F][0-9A-F]{4})>", RegexOptions.CultureInvariant)]
    private static partial Regex BeyondBmp();
}
