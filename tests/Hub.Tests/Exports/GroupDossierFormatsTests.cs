using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using StartupTerritoire.Server.Exports;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Export;

namespace StartupTerritoire.Server.Tests.Exports;

/// <summary>
/// The scripted group's dossier in HTML, Markdown, the workbook and JSON: the same content as the PDF, contacts in a
/// co-animator's dossier only, French unless English is asked for.
/// </summary>
public sealed class GroupDossierFormatsTests
{
    [Fact]
    public void HtmlLaysTheCanvasOutAsTheNineBlocksAndTheImpactThenTheRestOfTheDossier()
    {
        var html = Text(ScriptedGroup.Run().Dossier(), "html");
        var document = new HtmlParser().ParseDocument(html);

        Assert.Equal("fr", document.DocumentElement.GetAttribute("lang"));
        var cells = document.QuerySelectorAll("table.grid td").ToList();
        Assert.Equal(
            ["Partenaires clés", "Activités clés", "Proposition de valeur", "Relations", "Segments", "Ressources clés", "Canaux", "Structure de coûts", "Sources de revenus", "Impact social et environnemental sur le territoire"],
            cells.Select(c => c.QuerySelector("h3")!.TextContent));
        var proposition = cells.Single(c => c.QuerySelector("h3")!.TextContent == "Proposition de valeur");
        Assert.Equal(("2", "2"), (proposition.GetAttribute("colspan"), proposition.GetAttribute("rowspan")));
        Assert.Equal(["Aller travailler à plusieurs, sans voiture à soi, tous les jours"], proposition.QuerySelectorAll("li").Select(l => l.TextContent));
        Assert.Equal("10", cells[^1].GetAttribute("colspan"));
        Assert.Contains("version 2 du 6 décembre 2026", document.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("@page landscape { size: A4 landscape; }", html, StringComparison.Ordinal);

        var body = document.Body!.TextContent;
        foreach (var expected in new[] { "Le chemin vers le lancement", "Premier trajet partagé", "Sylvie (Pays)", "Compte rendu : Douze présents", "Demander l'appui du Pays", "claire@example.org", "Un covoiturage organisé par la mairie (3 votes) ★" })
        {
            Assert.Contains(expected, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void MarkdownGivesEachBlockItsSectionThenTheRestOfTheDossier()
    {
        var md = Text(ScriptedGroup.Run().Dossier(), "md");

        Assert.StartsWith("## Modèle économique — Covoiturage entre voisins — version 2 du 6 décembre 2026, modifiée depuis\n\n### Partenaires clés\n\n### Activités clés\n\n- Mettre en relation conducteurs et passagers\n", md, StringComparison.Ordinal);
        Assert.Contains("### Impact social et environnemental sur le territoire\n\n- Moins de voitures sur la route d'Aubenas\n", md, StringComparison.Ordinal);
        Assert.Contains("# Dossier du groupe de travail — Covoiturage entre voisins\n", md, StringComparison.Ordinal);
        Assert.Contains("| Premier trajet partagé | 31 mars 2027 | en cours | Avec trois voitures |", md, StringComparison.Ordinal);
        Assert.Contains("| Écrire au Pays pour le financement | Sylvie (Pays) | 1 février 2027 | oui |", md, StringComparison.Ordinal);
        Assert.Contains("- Un café des covoitureurs chaque mois\n", md, StringComparison.Ordinal);
        Assert.Contains("| Bruno | membre |  | bruno@example.org | 06 11 22 33 44 |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void AMembersDossierHasNoContactInAnyFormat()
    {
        var dossier = ScriptedGroup.Run().Dossier(asSeat: false);
        Assert.All(dossier.Members, m => Assert.Null(m.Contact));
        foreach (var format in new[] { "json", "html", "md" })
        {
            var text = Text(dossier, format, withContacts: false);
            Assert.DoesNotContain("@example.org", text, StringComparison.Ordinal);
            Assert.DoesNotContain("06 11 22 33 44", text, StringComparison.Ordinal);
            Assert.Contains("Claire", text, StringComparison.Ordinal);
        }

        var members = Rows(Workbook(dossier, withContacts: false), "Membres");
        Assert.Equal(["nom", "rôle", "compétences", "arrivée"], members[0]);
        Assert.DoesNotContain(members, r => r.Any(c => c.Contains('@', StringComparison.Ordinal)));
    }

    [Fact]
    public void WorkbookHasTheCanvasJalonsActionsRéunionsMembresAndBesoinsEtOffresSheets()
    {
        var dossier = ScriptedGroup.Run().Dossier();
        using var stream = new MemoryStream(Workbook(dossier, withContacts: true));
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        Assert.Equal(["Canvas", "Jalons", "Actions", "Réunions", "Membres", "Besoins et offres"], document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));

        var content = Workbook(dossier, withContacts: true);
        var canvas = Rows(content, "Canvas");
        Assert.Equal(dossier.Canvas.Count + 1, canvas.Count);
        Assert.Contains(canvas, r => r[0] == "Proposition de valeur" && r[1] == "Aller travailler à plusieurs, sans voiture à soi, tous les jours");
        var jalons = Rows(content, "Jalons");
        Assert.Equal(["Premier trajet partagé", new DateOnly(2027, 3, 31).ToDateTime(TimeOnly.MinValue).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture), "en cours", "Avec trois voitures"], jalons[1]);
        Assert.Equal(["Demander la salle à la mairie", "Bruno"], Rows(content, "Actions")[1].Take(2));
        Assert.Contains(Rows(content, "Réunions"), r => r[0] == "Atelier canvas" && r[2] == "120" && r[6] == "Un café des covoitureurs chaque mois\nDemander l'appui du Pays");
        Assert.Contains(Rows(content, "Membres"), r => r[0] == "Bruno" && r.Contains("bruno@example.org"));
    }

    [Fact]
    public void JsonCarriesItsFormatAndVersionAndReadsBackTheSame()
    {
        var dossier = ScriptedGroup.Run().Dossier();
        var json = Text(dossier, "json");
        using var parsed = JsonDocument.Parse(json);

        Assert.Equal(GroupDossier.FormatName, parsed.RootElement.GetProperty("format").GetString());
        Assert.Equal(1, parsed.RootElement.GetProperty("version").GetInt32());
        Assert.Equal("businessModel", parsed.RootElement.GetProperty("group").GetProperty("stage").GetString());
        Assert.Equal(json, Encoding.UTF8.GetString(GroupDossierExporter.Render(GroupDossierExporter.Read(Encoding.UTF8.GetBytes(json)), GroupDossierExporter.Format("json"), null, true).Content));
    }

    [Fact]
    public void TheDossierSpeaksEnglishWhenAskedAndRefusesAnUnknownFormatOrLanguage()
    {
        var dossier = ScriptedGroup.Run().Dossier();
        var html = Encoding.UTF8.GetString(GroupDossierExporter.Render(dossier, GroupDossierExporter.Format("html"), "en", true).Content);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Business model — Covoiturage entre voisins — version 2 of 6 December 2026, changed since", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Key partners</h3>", html, StringComparison.Ordinal);
        Assert.Contains("The road to launch", html, StringComparison.Ordinal);

        Assert.Equal(ErrorCodes.NotFound, Assert.Throws<WorkshopException>(() => GroupDossierExporter.Format("docx")).Code);
        Assert.Equal(ErrorCodes.InvalidArgument, Assert.Throws<WorkshopException>(() => GroupDossierExporter.Render(dossier, GroupDossierExporter.Format("md"), "de", true)).Code);
    }

    internal static string Text(GroupDossier dossier, string format, bool withContacts = true) =>
        Encoding.UTF8.GetString(GroupDossierExporter.Render(dossier, GroupDossierExporter.Format(format), null, withContacts).Content);

    internal static byte[] Workbook(GroupDossier dossier, bool withContacts) =>
        GroupDossierExporter.Render(dossier, GroupDossierExporter.Format("xlsx"), null, withContacts).Content;

    /// <summary>A sheet's rows as text: inline strings as typed, numbers and dates as their stored value.</summary>
    internal static List<string[]> Rows(byte[] workbook, string sheet)
    {
        using var stream = new MemoryStream(workbook);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var part = document.WorkbookPart!;
        var id = part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        return [.. ((WorksheetPart)part.GetPartById(id)).Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty).ToArray())];
    }
}
