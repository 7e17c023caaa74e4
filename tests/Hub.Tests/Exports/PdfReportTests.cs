using System.Text;
using StartupTerritoire.Server.Exports;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace StartupTerritoire.Server.Tests.Exports;

/// <summary>
/// The PDF read back with PdfPig: every glyph comes from a face whose character map has it (emoji from Symbola,
/// text from DejaVu Sans), nothing is drawn as "�", and a table is a table: ruled cells in aligned columns, rows
/// kept whole across a page break under a repeated header.
/// </summary>
public sealed class PdfReportTests
{
    private static readonly DateTimeOffset s_at = new(2026, 11, 27, 22, 0, 0, TimeSpan.Zero);

    [Fact]
    public void EmojiAndSymbolsAreDrawnFromAFontThatHasThemAndNothingAsAReplacementCharacter()
    {
        PdfFontsTests.RequireFonts();
        var fonts = PdfFonts.EnsureInstalled();
        Assert.True(fonts.FaceOf(0x1F973) < 0, "An installed font now has U+1F973: pick a character no font has for this test.");
        var document = new ReportDocument("Compte rendu — Zoé 😀", "fr",
        [
            new HeadingBlock(2, "Atelier 1 — Mobilité ♻ 🌱"),
            new TextBlock("Zoé 😀"),
            new TextBlock("🚲 vélo partagé", "Idée"),
            new ListBlock(["Mobilité ♻", "Bravo 👍🏽 à tous ❤️", "Fête \U0001F973 ce soir", "Un\uE000 code privé"]),
            new TableBlock(["Volontaires", "E-mail"], [["Zoé 😀", "zoe@example.org"]]),
            new ChartBlock("Votes 🗳", "regroupement", "votes", [new ChartBar("Le vélo 🚲", 3)]),
        ]);

        using var pdf = PdfDocument.Open(PdfReportWriter.Write(document, s_at));
        var letters = pdf.GetPages().SelectMany(p => p.Letters).ToList();
        var text = string.Concat(letters.Select(l => l.Value)).Replace(" ", string.Empty, StringComparison.Ordinal);

        foreach (var expected in new[] { "Mobilité♻🌱", "Zoé😀", "Idée:🚲vélopartagé", "Bravo👍àtous❤", "Fêtecesoir", "Uncodeprivé", "zoe@example.org", "Votes🗳", "Levélo🚲" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(letters, l => l.Value.Contains('\uFFFD', StringComparison.Ordinal));
        foreach (var letter in letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
        {
            var face = FaceOf(fonts, letter);
            Assert.True(face.Cmap.Covers(char.ConvertToUtf32(letter.Value, 0)), $"'{letter.Value}' drawn in {letter.FontName}, which lacks it");
        }

        // DejaVu Sans has neither the bicycle nor the thumb: they come from the emoji font, the words from DejaVu.
        Assert.All(letters.Where(l => l.Value is "🚲" or "👍" or "🌱"), l => Assert.Contains("symbola", Key(l.FontName ?? string.Empty), StringComparison.Ordinal));
        Assert.All(letters.Where(l => l.Value is "v" or "é"), l => Assert.Contains("dejavusans", Key(l.FontName ?? string.Empty), StringComparison.Ordinal));
    }

    [Fact]
    public void ATableHasRuledCellsInAlignedColumnsAndRowsKeptWholeUnderARepeatedHeader()
    {
        PdfFontsTests.RequireFonts();
        var rows = Enumerable.Range(1, 12).Select(i => (IReadOnlyList<string>)
            [$"Volontaire{i:00}", i == 5 ? "Marie-Claude de la Roche, présidente de l'association des jardins partagés du Val de Ligne" : $"Nom{i:00}\nPrénom{i:00}", $"personne{i:00}@example.org", $"06 12 34 56 {i:00}"]).ToList();

        // With text before it, the table reaches the foot of the first page where a line or more of the next row would
        // still fit: that row must go whole to the next page.
        byte[]? content = null;
        for (var lines = 20; lines < 40 && content is null; lines++)
        {
            var blocks = new List<ReportBlock> { new HeadingBlock(1, "Compte rendu") };
            blocks.AddRange(Enumerable.Range(1, lines).Select(i => new TextBlock($"Ligne de texte {i} avant le tableau des volontaires.")));
            blocks.Add(new TableBlock(["Volontaires", "Nom", "E-mail", "Téléphone"], rows));
            var candidate = PdfReportWriter.Write(new ReportDocument("Tableau", "fr", blocks), s_at);
            using var document = PdfDocument.Open(candidate);
            var rules = document.GetPage(1).Paths.Where(p => p.IsStroked).Select(p => p.GetBoundingRectangle()).OfType<UglyToad.PdfPig.Core.PdfRectangle>().ToList();
            content = document.NumberOfPages == 2 && rules.Count > 0 && rules.Min(r => r.Bottom) > PdfCanvas.Margin + 25 ? candidate : null;
        }

        Assert.NotNull(content);
        using var pdf = PdfDocument.Open(content);
        var pages = pdf.GetPages().ToList();
        var rowPages = Enumerable.Range(1, 12).Select(i => pages.Single(p => Word(p, $"personne{i:00}@example.org") is not null)).ToList();
        Assert.True(rowPages.Distinct().Count() == 2, "The table should cross a page break.");
        Assert.DoesNotContain(pages.SelectMany(p => p.Letters), l => l.Value == "|");

        foreach (var page in rowPages.Distinct())
        {
            var header = Word(page, "Téléphone")!;
            var emails = Enumerable.Range(1, 12).Select(i => Word(page, $"personne{i:00}@example.org")).OfType<Box>().ToList();
            Assert.All(emails, e => Assert.True(e.Top < header.Top, "the header heads every page the table is on"));
            Assert.All(emails, e => Assert.Equal(emails[0].Left, e.Left, 0.5));
            Assert.Equal(Word(page, "E-mail")!.Left, emails[0].Left, 0.5);
        }

        var boxes = rowPages.Distinct().ToDictionary(p => p, p => p.Paths.Where(x => x.IsStroked).Select(x => x.GetBoundingRectangle()).OfType<UglyToad.PdfPig.Core.PdfRectangle>().ToList());
        for (var i = 1; i <= 12; i++)
        {
            var page = rowPages[i - 1];
            var volunteer = Word(page, $"Volontaire{i:00}")!;
            var email = Word(page, $"personne{i:00}@example.org")!;
            Assert.Equal(volunteer.Baseline, email.Baseline, 0.5);
            // Both lines of a two-line row are on the same page, one under the other.
            var second = Word(page, i == 5 ? "partagés" : $"Prénom{i:00}");
            Assert.True(second is not null && second.Baseline < email.Baseline, $"row {i} is split across pages");
            Assert.Contains(boxes[page], r => r.Left <= email.Left && r.Right >= email.Right && r.Bottom <= email.Bottom && r.Top >= email.Top);
        }

        // The long name wraps inside its column, left of the e-mail column.
        var first = Word(rowPages[4], "Marie-Claude")!;
        var last = Word(rowPages[4], "partagés")!;
        var emailColumn = Word(rowPages[4], "personne05@example.org")!.Left;
        Assert.True(last.Baseline < first.Baseline, "the long name wraps onto several lines");
        Assert.True(first.Right < emailColumn && last.Right < emailColumn, "the long name stays in its column");
    }

    private static PdfFontFace FaceOf(PdfFonts fonts, Letter letter)
    {
        // A subset's name is "ABCDEF+DejaVuSans"; the face's file is DejaVuSans.ttf (Symbola's, Symbola_hint.ttf).
        var fontName = letter.FontName ?? string.Empty;
        var name = Key(fontName[(fontName.IndexOf('+', StringComparison.Ordinal) + 1)..]);
        return fonts.Faces.Where(f => name.StartsWith(Key(Path.GetFileNameWithoutExtension(f.Path).Replace("_hint", string.Empty, StringComparison.Ordinal).Replace("-Regular", string.Empty, StringComparison.Ordinal)), StringComparison.Ordinal))
            .OrderByDescending(f => f.Path.Length).First();
    }

    private static string Key(string name) => new([.. name.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant)]);

    /// <summary>Where a word (letters in a row on one baseline) is drawn on a page, or null.</summary>
    private static Box? Word(Page page, string word)
    {
        var letters = page.Letters;
        for (var i = 0; i + word.Length <= letters.Count; i++)
        {
            var run = new StringBuilder();
            var j = i;
            while (j < letters.Count && run.Length < word.Length)
            {
                run.Append(letters[j++].Value);
            }

            if (run.ToString() == word && letters.Skip(i).Take(j - i).Select(l => Math.Round(l.StartBaseLine.Y, 1)).Distinct().Count() == 1
                && (j == letters.Count || string.IsNullOrWhiteSpace(letters[j].Value) || Math.Abs(letters[j].StartBaseLine.Y - letters[i].StartBaseLine.Y) > 0.1
                    || letters[j].StartBaseLine.X - letters[j - 1].EndBaseLine.X > 2))
            {
                var span = letters.Skip(i).Take(j - i).ToList();
                return new Box(span[0].StartBaseLine.X, span[^1].EndBaseLine.X, span.Min(l => l.BoundingBox.Bottom), span.Max(l => l.BoundingBox.Top), span[0].StartBaseLine.Y);
            }
        }

        return null;
    }

    private sealed record Box(double Left, double Right, double Bottom, double Top, double Baseline);
}
