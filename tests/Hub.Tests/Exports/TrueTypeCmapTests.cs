using System.Buffers.Binary;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using StartupTerritoire.Server.Exports;

namespace StartupTerritoire.Server.Tests.Exports;

/// <summary>
/// The character-map reader on fonts built here byte by byte (format 4 by delta and through its glyph array, format
/// 12, broken files), then on the installed fonts, where it must agree with PDFsharp's own glyph lookup.
/// </summary>
public sealed class TrueTypeCmapTests
{
    [Fact]
    public void Format4MapsSegmentsByDeltaAndThroughTheGlyphArrayWhereZeroMeansMissing()
    {
        // 'A'..'C' by delta; 'é', 'ê', 'ë' through the glyph array, 'ê' on glyph 0.
        var cmap = TrueTypeCmap.Read(Font((3, 1, Format4((0x41, 0x43, 10, null), (0xE9, 0xEB, 0, [20, 0, 22])))));

        Assert.True(cmap.Covers('A'));
        Assert.True(cmap.Covers('C'));
        Assert.False(cmap.Covers('D'));
        Assert.True(cmap.Covers('é'));
        Assert.False(cmap.Covers('ê'));
        Assert.True(cmap.Covers('ë'));
        Assert.False(cmap.Covers(0xFFFF));
        Assert.Equal(5, cmap.Count);
    }

    [Fact]
    public void Format4DeltaWrapsAroundSixteenBitsAndAGlyphOfZeroIsMissing()
    {
        // 0x30 + 0xFFD0 wraps to glyph 0 (missing); 0x31 to glyph 1.
        var cmap = TrueTypeCmap.Read(Font((3, 1, Format4((0x30, 0x31, 0xFFD0, null)))));

        Assert.False(cmap.Covers('0'));
        Assert.True(cmap.Covers('1'));
    }

    [Fact]
    public void Format12IsPreferredAndReachesBeyondTheBasicPlane()
    {
        var font = Font(
            (3, 1, Format4((0x41, 0x41, 5, null))),
            (3, 10, Format12((0x41, 0x42, 5), (0x1F600, 0x1F602, 100), (0x1F6B2, 0x1F6B2, 0))));
        var cmap = TrueTypeCmap.Read(font);

        Assert.True(cmap.Covers('B'));
        Assert.True(cmap.Covers(0x1F601));
        Assert.False(cmap.Covers(0x1F603));
        // A group starting on glyph 0 does not map its first character.
        Assert.False(cmap.Covers(0x1F6B2));
    }

    [Fact]
    public void SubtablesOfOtherPlatformsAreIgnored()
    {
        // Macintosh Roman (1, 0) is not Unicode.
        Assert.Throws<InvalidDataException>(() => TrueTypeCmap.Read(Font((1, 0, Format4((0x41, 0x43, 10, null))))));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    [InlineData(40)]
    [InlineData(60)]
    public void ACutOrForeignFileIsRefusedWithInvalidData(int keep)
    {
        var font = Font((3, 10, Format12((0x41, 0x5A, 1))));
        Assert.Throws<InvalidDataException>(() => TrueTypeCmap.Read(font.AsSpan(0, Math.Min(keep, font.Length))));
        Assert.Throws<InvalidDataException>(() => TrueTypeCmap.Read("%PDF-1.7 not a font at all"u8));
    }

    [Fact]
    public void AGroupCountLargerThanTheTableIsRefused()
    {
        var font = Font((3, 10, Format12((0x41, 0x5A, 1))));
        // numGroups sits 12 bytes into the subtable, which starts after the font header, the cmap header and one record.
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(12 + 16 + 4 + 8 + 12), 1_000_000);
        Assert.Throws<InvalidDataException>(() => TrueTypeCmap.Read(font));
    }

    [Fact]
    public void InstalledFontsAgreeWithPdfSharpsGlyphLookup()
    {
        var fonts = PdfFonts.EnsureInstalled();
        foreach (var face in fonts.Faces)
        {
            var font = new XFont(face.Family, 10);
            var cmap = TrueTypeCmap.Read(face.Regular);
            foreach (var codePoint in Enumerable.Range(0x20, 0x2FE0).Concat(Enumerable.Range(0x1F300, 0x700)))
            {
                if (codePoint is >= 0xD800 and <= 0xDFFF)
                {
                    continue;
                }

                Assert.True(cmap.Covers(codePoint) == (GlyphHelper.GlyphIndexFromCodePoint(codePoint, font) != 0),
                    $"{Path.GetFileName(face.Path)}: U+{codePoint:X4}");
            }
        }
    }

    /// <summary>A font with only a table directory and a cmap of the given (platform, encoding, subtable) records.</summary>
    private static byte[] Font(params (int Platform, int Encoding, byte[] Subtable)[] subtables)
    {
        var cmap = new List<byte>();
        cmap.AddRange(U16(0));
        cmap.AddRange(U16(subtables.Length));
        var offset = 4 + (8 * subtables.Length);
        foreach (var (platform, encoding, subtable) in subtables)
        {
            cmap.AddRange(U16(platform));
            cmap.AddRange(U16(encoding));
            cmap.AddRange(U32(offset));
            offset += subtable.Length;
        }

        foreach (var (_, _, subtable) in subtables)
        {
            cmap.AddRange(subtable);
        }

        return [.. U32(0x00010000), .. U16(1), .. U16(16), .. U16(0), .. U16(0),
            .. "cmap"u8.ToArray(), .. U32(0), .. U32(28), .. U32(cmap.Count), .. cmap];
    }

    /// <summary>Segments (start, end, delta, glyphs): with glyphs, the segment maps through the glyph array.</summary>
    private static byte[] Format4(params (int Start, int End, int Delta, int[]? Glyphs)[] segments)
    {
        var all = segments.Append((0xFFFF, 0xFFFF, 1, null)).ToArray();
        var count = all.Length;
        var glyphArray = new List<int>();
        var rangeOffsets = new int[count];
        for (var i = 0; i < count; i++)
        {
            if (all[i].Glyphs is { } glyphs)
            {
                rangeOffsets[i] = (2 * (count - i)) + (2 * glyphArray.Count);
                glyphArray.AddRange(glyphs);
            }
        }

        var body = new List<byte>();
        body.AddRange(all.SelectMany(s => U16(s.End)));
        body.AddRange(U16(0));
        body.AddRange(all.SelectMany(s => U16(s.Start)));
        body.AddRange(all.SelectMany(s => U16(s.Delta)));
        body.AddRange(rangeOffsets.SelectMany(U16));
        body.AddRange(glyphArray.SelectMany(U16));
        return [.. U16(4), .. U16(14 + body.Count), .. U16(0), .. U16(2 * count), .. U16(0), .. U16(0), .. U16(0), .. body];
    }

    private static byte[] Format12(params (int Start, int End, int Glyph)[] groups) =>
        [.. U16(12), .. U16(0), .. U32(16 + (12 * groups.Length)), .. U32(0), .. U32(groups.Length),
            .. groups.SelectMany(g => U32(g.Start).Concat(U32(g.End)).Concat(U32(g.Glyph)))];

    private static byte[] U16(int value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(bytes, (ushort)value);
        return bytes;
    }

    private static byte[] U32(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, (uint)value);
        return bytes;
    }
}
