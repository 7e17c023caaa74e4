using QRCoder;

namespace StartupTerritoire.Server.Web;

/// <summary>The join link as an SVG QR code, for the board and the console.</summary>
internal static class JoinQrCode
{
    public static string Svg(string joinUrl)
    {
        // forceUtf8: without it QRCoder encodes non-ASCII as Latin-1 and phones decode a wrong address.
        using var data = QRCodeGenerator.GenerateQrCode(joinUrl, QRCodeGenerator.ECCLevel.M, forceUtf8: true);
        using var svg = new SvgQRCode(data);
        return svg.GetGraphic(new System.Drawing.Size(512, 512), darkColorHex: "#000000", lightColorHex: "#ffffff", drawQuietZones: true);
    }
}
