using System.Text.RegularExpressions;
using StartupTerritoire.Server.Exports;
using StartupTerritoire.WorkshopEngine.Export;
using UglyToad.PdfPig;

namespace StartupTerritoire.Server.Tests.Exports;

/// <summary>
/// The dossier's PDF read back with PdfPig: the canvas alone on a landscape A4 page in the canonical layout, titled
/// with its version, then portrait pages with the road to launch, actions, meetings, members and origin.
/// </summary>
public sealed class GroupDossierPdfTests
{
    [Fact]
    public void TheCanvasHasALandscapePageOfItsOwnThenTheRestIsPortrait()
    {
        PdfFontsTests.RequireFonts();
        var (content, fileName) = Render(ScriptedGroup.Run().Dossier());

        Assert.Equal("dossier-covoiturage-entre-voisins-2027-03-10.pdf", fileName);
        using var pdf = PdfDocument.Open(content);
        var pages = pdf.GetPages().ToList();
        Assert.True(pages.Count >= 2);
        Assert.Equal((842, 595), (Math.Round(pages[0].Width), Math.Round(pages[0].Height)));
        Assert.All(pages.Skip(1), p => Assert.Equal((595, 842), (Math.Round(p.Width), Math.Round(p.Height))));

        var canvas = Squeezed(pages[0].Text);
        foreach (var expected in new[]
        {
            "Modèle économique — Covoiturage entre voisins — version 2 du 6 décembre 2026, modifiée depuis",
            "Partenaires clés", "Activités clés", "Ressources clés", "Proposition de valeur", "Relations", "Canaux", "Segments",
            "Structure de coûts", "Sources de revenus", "Impact social et environnemental sur le territoire",
            "Aller travailler à plusieurs, sans voiture à soi, tous les jours", "Les salariés des zones d'activité d'Aubenas",
            "Une participation aux frais de 5 € par trajet", "Moins de voitures sur la route d'Aubenas",
        })
        {
            Assert.Contains(Squeezed(expected), canvas, StringComparison.Ordinal);
        }

        // The entry taken out before version 2 is no longer on the canvas.
        Assert.DoesNotContain("LamairiedeJoyeuse", canvas, StringComparison.Ordinal);

        var rest = Squeezed(string.Concat(pages.Skip(1).Select(p => p.Text)));
        foreach (var expected in new[]
        {
            "Le chemin vers le lancement", "Premier trajet partagé", "31 mars 2027", "en cours",
            "Demander la salle à la mairie", "Sylvie (Pays)", "1 février 2027",
            "Atelier canvas — 14 janvier 2027, 17:30 UTC (120 min)", "Douze présents", "Un café des covoitureurs chaque mois",
            "Claire", "personne ressource", "bruno@example.org", "06 11 22 33 44", "claire@example.org",
            "Première esquisse", "Soirée créative du Val de Ligne", "Covoiturage entre voisins — 5 votes ★",
            "Un covoiturage organisé par la mairie (3 votes) ★", "Moyenne 4,2 sur 5 (5 avis)",
        })
        {
            Assert.Contains(Squeezed(expected), rest, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AMembersPdfShowsTheGroupWithoutAnyContact()
    {
        PdfFontsTests.RequireFonts();
        using var pdf = PdfDocument.Open(Render(ScriptedGroup.Run().Dossier(asSeat: false)).Content);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));

        Assert.Contains("Claire", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@example.org", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Squeezed("06 11 22 33 44"), Squeezed(text), StringComparison.Ordinal);
    }

    [Fact]
    public void SixtyEntriesStillFitOnOneLandscapePageAndThoseLeftOutAreCounted()
    {
        PdfFontsTests.RequireFonts();
        // Forty long entries crowd the value proposition; twenty short ones spread over the other blocks.
        var blocks = new[] { "partenaires", "activites", "ressources", "relations", "canaux", "segments", "couts", "revenus", "impact" };
        var entries = Enumerable.Range(0, 40)
            .Select(i => ("proposition", $"P{i:00}x Une proposition assez longue pour tenir sur plusieurs lignes de la colonne du milieu, numéro {i}"))
            .Concat(Enumerable.Range(0, 20).Select(i => (blocks[i % blocks.Length], $"B{i:00}x entrée")))
            .ToList();
        var dossier = ScriptedGroup.Run(entries).Dossier();
        Assert.Equal(60 + 3, dossier.Canvas.Count);

        using var pdf = PdfDocument.Open(Render(dossier).Content);
        var pages = pdf.GetPages().ToList();
        Assert.Equal((842, 595), (Math.Round(pages[0].Width), Math.Round(pages[0].Height)));
        Assert.Equal((595, 842), (Math.Round(pages[1].Width), Math.Round(pages[1].Height)));
        var canvas = pages[0].Text;
        var later = string.Concat(pages.Skip(1).Select(p => p.Text));

        // Every short entry is drawn; of the long ones, those drawn and those counted make forty.
        Assert.All(Enumerable.Range(0, 20), i => Assert.Contains($"B{i:00}x", canvas, StringComparison.Ordinal));
        var drawn = Enumerable.Range(0, 40).Count(i => canvas.Contains($"P{i:00}x", StringComparison.Ordinal));
        var more = Regex.Match(canvas, @"\+(\d+) autres");
        Assert.True(more.Success, "the entries left out are counted");
        Assert.Equal(40, drawn + int.Parse(more.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(drawn >= 8, $"only {drawn} entries drawn");
        Assert.DoesNotContain("P00x", later, StringComparison.Ordinal);
        Assert.DoesNotContain("B00x", later, StringComparison.Ordinal);
    }

    private static (byte[] Content, string FileName) Render(GroupDossier dossier) =>
        GroupDossierExporter.Render(dossier, GroupDossierExporter.Format("pdf"), null, withContacts: true);

    private static string Squeezed(string text) => text.Replace(" ", string.Empty, StringComparison.Ordinal);
}
