using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;
using FormatException = System.FormatException;

namespace StartupTerritoire.Browser.Tests.Infrastructure;

/// <summary>
/// Reads the join QR code the way a phone's camera would, from the SVG the server renders: the dark modules are
/// redrawn as pixels and decoded by ZXing, so what is checked is what a phone would open, not what the server meant.
/// </summary>
public static partial class QrReader
{
    private const int PixelsPerModule = 4;

    // Quiet zone added around whatever the SVG has: scanners need a light margin of 4 modules.
    private const int MarginModules = 4;

    /// <summary>Decodes the text of a QR code rendered by QRCoder's SvgQRCode.</summary>
    public static string Decode(string svg)
    {
        var modules = Modules(svg);
        var size = modules.GetLength(0) + (2 * MarginModules);
        var width = size * PixelsPerModule;
        var pixels = new byte[width * width];
        Array.Fill(pixels, (byte)255);
        for (var y = 0; y < modules.GetLength(0); y++)
        {
            for (var x = 0; x < modules.GetLength(1); x++)
            {
                if (modules[y, x])
                {
                    Paint(pixels, width, x + MarginModules, y + MarginModules);
                }
            }
        }

        var image = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, width, width, RGBLuminanceSource.BitmapFormat.Gray8)));
        var hints = new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true };
        // ZXing's finder-pattern detector misses some codes drawn at exactly 4 pixels a module (it depends on the
        // random join code); the image is a pure code with its quiet zone, so reading its modules directly is the
        // fallback. Either way the text decoded is checked against the join link.
        var result = new QRCodeReader().decode(image, hints)
            ?? new QRCodeReader().decode(image, new Dictionary<DecodeHintType, object> { [DecodeHintType.PURE_BARCODE] = true })
            ?? throw new InvalidOperationException("ZXing found no QR code in the SVG.");
        return result.Text;
    }

    /// <summary>The module matrix, [row, column], true for dark, from the viewBox size and the path's runs.</summary>
    public static bool[,] Modules(string svg)
    {
        var document = XDocument.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        var viewBox = (string?)document.Root?.Attribute("viewBox")
            ?? throw new FormatException("The SVG has no viewBox.");
        var box = viewBox.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        if (box is not [0, 0, var size, var height] || size != height)
        {
            throw new FormatException($"Unexpected viewBox \"{viewBox}\".");
        }

        var path = document.Root!.Element(ns + "path")?.Attribute("d")?.Value
            ?? throw new FormatException("The SVG has no <path d=\"…\">.");
        var modules = new bool[size, size];
        var covered = 0;
        foreach (Match run in Run().Matches(path))
        {
            var x = int.Parse(run.Groups["x"].Value, CultureInfo.InvariantCulture);
            var y = int.Parse(run.Groups["y"].Value, CultureInfo.InvariantCulture);
            var w = int.Parse(run.Groups["w"].Value, CultureInfo.InvariantCulture);
            if (run.Groups["back"].Value != run.Groups["w"].Value || x + w > size || y >= size)
            {
                throw new FormatException($"Unexpected run \"{run.Value}\" in a {size}×{size} code.");
            }

            for (var i = x; i < x + w; i++)
            {
                modules[y, i] = true;
            }

            covered += run.Length;
        }

        // Every character of d must belong to a run: a format change in QRCoder must fail here, not decode half a code.
        if (covered != path.Length)
        {
            throw new FormatException("The path holds commands other than M{x} {y}h{w}v1h-{w}z runs.");
        }

        return modules;
    }

    private static void Paint(byte[] pixels, int width, int moduleX, int moduleY)
    {
        for (var dy = 0; dy < PixelsPerModule; dy++)
        {
            Array.Fill(pixels, (byte)0, ((moduleY * PixelsPerModule) + dy) * width + (moduleX * PixelsPerModule), PixelsPerModule);
        }
    }

    [GeneratedRegex(@"M(?<x>\d+) (?<y>\d+)h(?<w>\d+)v1h-(?<back>\d+)z")]
    private static partial Regex Run();
}
