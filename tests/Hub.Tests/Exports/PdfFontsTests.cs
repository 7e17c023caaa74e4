using StartupTerritoire.Server.Exports;

namespace StartupTerritoire.Server.Tests.Exports;

/// <summary>
/// Which face draws each character, from fonts copied into a folder of the test's own: DejaVu Sans alone, then with
/// Symbola, then Symbola without a text font.
/// </summary>
public sealed class PdfFontsTests : IDisposable
{
    internal const string DejaVu = "/usr/share/fonts/truetype/dejavu";
    internal const string Symbola = "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf";
    private readonly string _folder = Directory.CreateTempSubdirectory("pdf-fonts-").FullName;

    [Theory]
    [InlineData("Zoé 😀", "Zoé 😀")]
    [InlineData("🚲 vélo partagé", "vélo partagé")]
    [InlineData("Fête 🚲 ce soir", "Fête ce soir")]
    [InlineData("Mobilité ♻", "Mobilité ♻")]
    [InlineData("❤\uFE0F merci", "❤ merci")]
    [InlineData("code\uE000privé", "codeprivé")]
    [InlineData("a\u200Db\u00ADc", "abc")]
    [InlineData("perdu \uFFFD ici", "perdu ici")]
    [InlineData("ligne\r\nsuite\tfin", "ligne\nsuite fin")]
    [InlineData("deux  espaces", "deux  espaces")]
    public void WithDejaVuAloneACharacterItLacksIsLeftOutWithoutDoublingTheSpace(string text, string printable)
    {
        Copy(Path.Combine(DejaVu, "DejaVuSans.ttf"), Path.Combine(DejaVu, "DejaVuSans-Bold.ttf"));
        var fonts = PdfFonts.Load([_folder])!;

        Assert.Single(fonts.Faces);
        Assert.Equal(printable, fonts.Printable(text));
    }

    [Fact]
    public void EmojiDejaVuLacksAreDrawnInSymbolaAndTheTextAroundThemInDejaVu()
    {
        Copy(Path.Combine(DejaVu, "DejaVuSans.ttf"), Path.Combine(DejaVu, "DejaVuSans-Bold.ttf"), Symbola);
        var fonts = PdfFonts.Load([_folder])!;

        Assert.Equal(["DejaVuSans.ttf", "Symbola_hint.ttf"], fonts.Faces.Select(f => Path.GetFileName(f.Path)));
        var printable = fonts.Printable("🚲 vélo 👍🏽 partagé 😀");
        Assert.Equal("🚲 vélo 👍 partagé 😀", printable);
        Assert.Equal([new FontRun(1, "🚲"), new FontRun(0, " vélo "), new FontRun(1, "👍"), new FontRun(0, " partagé 😀")], fonts.Runs(printable));
    }

    [Fact]
    public void WithoutATextFontThereAreNoPdfFontsEvenWithAnEmojiFont()
    {
        Copy(Symbola);
        Assert.Null(PdfFonts.Load([_folder]));
        Assert.Null(PdfFonts.Load([]));
    }

    [Fact]
    public void ABrokenFontFileIsPassedOverForTheNextOne()
    {
        Copy(Path.Combine(DejaVu, "DejaVuSans.ttf"), Path.Combine(DejaVu, "DejaVuSans-Bold.ttf"));
        File.WriteAllText(Path.Combine(_folder, "Symbola_hint.ttf"), "not a font");

        Assert.Single(PdfFonts.Load([_folder])!.Faces);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Fails with what to install when a font the PDF tests draw with is missing.</summary>
    internal static void RequireFonts()
    {
        Assert.True(File.Exists(Path.Combine(DejaVu, "DejaVuSans.ttf")), "DejaVu Sans is missing: apt-get install fonts-dejavu-core (test.sh does it as root).");
        Assert.True(File.Exists(Symbola), "Symbola is missing: apt-get install fonts-symbola (test.sh does it as root).");
    }

    private void Copy(params string[] files)
    {
        RequireFonts();
        foreach (var file in files)
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }
    }
}
