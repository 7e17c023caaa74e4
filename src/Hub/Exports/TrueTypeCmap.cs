using System.Buffers.Binary;

namespace StartupTerritoire.Server.Exports;

/// <summary>
/// The characters a TrueType or OpenType font has glyphs for, read from its <c>cmap</c> table: the Unicode subtable
/// of format 12 (every plane, where emoji live) when the font has one, else of format 4 (the Basic Multilingual
/// Plane). A character mapped to glyph 0 (the "missing glyph" box) counts as absent.
/// </summary>
internal sealed class TrueTypeCmap
{
    // (start, end) inclusive, sorted and disjoint, so a lookup is a binary search.
    private readonly (int Start, int End)[] _ranges;

    private TrueTypeCmap((int Start, int End)[] ranges) => _ranges = ranges;

    /// <summary>How many characters the font maps to a glyph.</summary>
    public int Count => _ranges.Sum(r => r.End - r.Start + 1);

    public bool Covers(int codePoint)
    {
        int low = 0, high = _ranges.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (codePoint < _ranges[middle].Start)
            {
                high = middle - 1;
            }
            else if (codePoint > _ranges[middle].End)
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads the character map of a font file; a file that is not a font with a Unicode map is refused.</summary>
    public static TrueTypeCmap Read(ReadOnlySpan<byte> font)
    {
        try
        {
            var cmap = Table(font, "cmap"u8);
            var (format4, format12) = (-1, -1);
            var records = U16(cmap, 2);
            for (var i = 0; i < records; i++)
            {
                var platform = U16(cmap, 4 + (8 * i));
                var encoding = U16(cmap, 6 + (8 * i));
                var offset = checked((int)U32(cmap, 8 + (8 * i)));
                // Unicode platform (0, any encoding) or Windows Unicode BMP (3, 1) and full repertoire (3, 10).
                if (platform != 0 && !(platform == 3 && encoding is 1 or 10))
                {
                    continue;
                }

                switch (U16(cmap, offset))
                {
                    case 12 when format12 < 0:
                        format12 = offset;
                        break;
                    case 4 when format4 < 0:
                        format4 = offset;
                        break;
                }
            }

            var ranges = format12 >= 0 ? Format12(cmap[format12..])
                : format4 >= 0 ? Format4(cmap[format4..])
                : throw new InvalidDataException("The font has no Unicode character map of format 4 or 12.");
            return new TrueTypeCmap(Merge(ranges));
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new InvalidDataException("The font's character map is cut short.");
        }
        catch (OverflowException)
        {
            throw new InvalidDataException("The font's character map has an offset out of range.");
        }
    }

    /// <summary>Finds a table in the font's table directory (an OpenType font, not a collection).</summary>
    private static ReadOnlySpan<byte> Table(ReadOnlySpan<byte> font, ReadOnlySpan<byte> tag)
    {
        var version = U32(font, 0);
        if (version is not (0x00010000u or 0x4F54544Fu or 0x74727565u))
        {
            throw new InvalidDataException("Not a TrueType or OpenType font.");
        }

        var tables = U16(font, 4);
        for (var i = 0; i < tables; i++)
        {
            var record = font.Slice(12 + (16 * i), 16);
            if (record[..4].SequenceEqual(tag))
            {
                return font.Slice(checked((int)U32(record, 8)), checked((int)U32(record, 12)));
            }
        }

        throw new InvalidDataException("The font has no character map.");
    }

    /// <summary>Segments of 16-bit codes; a segment maps by a delta, or through the glyph array where it may hold 0.</summary>
    private static List<(int Start, int End)> Format4(ReadOnlySpan<byte> table)
    {
        var segments = U16(table, 6) / 2;
        var ends = 14;
        var starts = ends + (2 * segments) + 2;
        var deltas = starts + (2 * segments);
        var rangeOffsets = deltas + (2 * segments);
        var ranges = new List<(int, int)>();
        for (var i = 0; i < segments; i++)
        {
            int start = U16(table, starts + (2 * i)), end = U16(table, ends + (2 * i));
            var delta = U16(table, deltas + (2 * i));
            var rangeOffset = U16(table, rangeOffsets + (2 * i));
            // The last segment (0xFFFF) only closes the list.
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                var glyph = rangeOffset == 0 ? (c + delta) & 0xFFFF : Indirect(table, rangeOffsets + (2 * i) + rangeOffset + (2 * (c - start)), delta);
                if (glyph != 0)
                {
                    ranges.Add((c, c));
                }
            }
        }

        return ranges;
    }

    private static int Indirect(ReadOnlySpan<byte> table, int at, int delta)
    {
        var glyph = U16(table, at);
        return glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
    }

    /// <summary>Groups of consecutive code points mapped to consecutive glyphs.</summary>
    private static List<(int Start, int End)> Format12(ReadOnlySpan<byte> table)
    {
        var groups = U32(table, 12);
        if (groups > (uint)(table.Length - 16) / 12)
        {
            throw new InvalidDataException("The font's character map counts more groups than it holds.");
        }

        var ranges = new List<(int, int)>((int)groups);
        for (var i = 0; i < (int)groups; i++)
        {
            var start = U32(table, 16 + (12 * i));
            var end = Math.Min(U32(table, 20 + (12 * i)), 0x10FFFFu);
            var glyph = U32(table, 24 + (12 * i));
            // Only the first code of a group can land on glyph 0.
            var first = glyph == 0 ? start + 1 : start;
            if (first <= end)
            {
                ranges.Add(((int)first, (int)end));
            }
        }

        return ranges;
    }

    private static (int Start, int End)[] Merge(List<(int Start, int End)> ranges)
    {
        ranges.Sort();
        var merged = new List<(int Start, int End)>(ranges.Count);
        foreach (var range in ranges)
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End + 1)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, range.End));
            }
            else
            {
                merged.Add(range);
            }
        }

        return [.. merged];
    }

    private static ushort U16(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadUInt16BigEndian(data.Slice(at, 2));

    private static uint U32(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadUInt32BigEndian(data.Slice(at, 4));
}
