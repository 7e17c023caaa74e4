using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using StartupTerritoire.Server.Demarches;
using StartupTerritoire.Server.Groups;
using StartupTerritoire.Server.Tests.Exports;
using StartupTerritoire.Server.Tests.Infrastructure;
using StartupTerritoire.WorkshopEngine.Access;
using UglyToad.PdfPig;

namespace StartupTerritoire.Server.Tests.Portfolio;

/// <summary>
/// A démarche's portfolio made of real groups: stages, themes and the link between one project's need and another's
/// offer for the coordinator and named animators; its workbook, CSV and yearly report for the coordinator; and the
/// public page with what the groups published only.
/// </summary>
public sealed class PortfolioApiTests(PortfolioApplication app) : IClassFixture<PortfolioApplication>
{
    private const string Hostile = "<script>alert(1)</script>";
    private readonly GroupClient _groups = new(app.CreateClient());

    [Fact]
    public async Task ThePortfolioShowsEveryProjectsStageAndLinksANeedToAnotherProjectsOfferForTheCoordinatorAndNamedAnimators()
    {
        var (demarcheId, ressourcerie, tiersLieu, _) = await DemarcheAsync();
        var path = $"/test/api/demarches/{demarcheId}/portfolio";
        foreach (var role in new[] { Role.Animator, Role.CoAnimator })
        {
            var portfolio = await GetJsonAsync(path, await app.TokenAsync(demarcheId, role));
            var projects = portfolio.GetProperty("projects").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!);
            Assert.Equal(4, projects.Count);
            Assert.Equal("lancement", projects[ressourcerie].GetProperty("stage").GetString());
            Assert.Equal("enActivite", projects[tiersLieu].GetProperty("stage").GetString());
            var stopped = projects.Values.Single(p => p.GetProperty("stage").GetString() == "arrete");
            Assert.Equal("Pas de chauffeur l'hiver", stopped.GetProperty("stopReason").GetString());
            var piste = projects.Values.Single(p => p.GetProperty("stage").GetString() == "piste");
            Assert.Equal("Jardin partagé", piste.GetProperty("name").GetString());
            Assert.Equal(JsonValueKind.Null, piste.GetProperty("groupId").ValueKind);
            Assert.Equal((1, 2), (projects[ressourcerie].GetProperty("milestonesDone").GetInt32(), projects[ressourcerie].GetProperty("milestonesTotal").GetInt32()));
            Assert.Equal("prop-1", projects[ressourcerie].GetProperty("origin").GetProperty("proposalId").GetString());
            Assert.True(projects[ressourcerie].GetProperty("published").GetBoolean());
            Assert.False(projects[tiersLieu].GetProperty("published").GetBoolean());

            var link = portfolio.GetProperty("links").EnumerateArray().Single();
            Assert.Equal((ressourcerie, tiersLieu, "lieu"), (link.GetProperty("needProjectId").GetString(), link.GetProperty("offerProjectId").GetString(), link.GetProperty("category").GetString()));
            Assert.Contains("stockage", link.GetProperty("why").GetString(), StringComparison.Ordinal);
            var themes = portfolio.GetProperty("themes").EnumerateArray().Select(t => $"{t.GetProperty("key").GetString()}:{t.GetProperty("label").GetString()}:{t.GetProperty("count").GetInt32()}");
            Assert.Contains("economieCirculaire:Économie circulaire:1", themes);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(path, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(path, await app.TokenAsync(demarcheId, Role.Participant))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(path, await app.TokenAsync("demarche-another", Role.Animator))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync($"/test/api/demarches/{demarcheId}/portfolio.csv", await app.TokenAsync(demarcheId, Role.CoAnimator))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync($"/test/api/demarches/{demarcheId}/report.html", await app.TokenAsync(demarcheId, Role.CoAnimator))).StatusCode);
    }

    [Fact]
    public async Task TheCoordinatorDownloadsThePortfolioAsCsvAndXlsxAndTheYearlyReportAsHtmlMarkdownAndPdf()
    {
        var (demarcheId, _, _, _) = await DemarcheAsync();
        var coordinator = await app.TokenAsync(demarcheId, Role.Animator);
        var year = app.Time.GetUtcNow().UtcDateTime.Year;

        var csv = await FileAsync($"/test/api/demarches/{demarcheId}/portfolio.csv", coordinator, "text/csv", "portefeuille-start-up-de-territoire-ardeche-meridionale");
        var text = Encoding.UTF8.GetString(csv);
        Assert.StartsWith("\uFEFFprojet,thème,étape,arrêté parce que,jalons atteints,jalons,prochain jalon,dernière activité,besoins,offres,projets liés,origine", text, StringComparison.Ordinal);
        Assert.Contains("Ressourcerie du Val", text, StringComparison.Ordinal);
        Assert.Contains("[Lieu] Un local de stockage pour les meubles", text, StringComparison.Ordinal);
        Assert.Contains("Proposition « Une ressourcerie au Val » (12 soutiens) → Soirée « Soirée d'Aubenas »", text, StringComparison.Ordinal);
        Assert.Contains("\r\n'=1+1 Navette,", text, StringComparison.Ordinal);

        var xlsx = await FileAsync($"/test/api/demarches/{demarcheId}/portfolio.xlsx", coordinator, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "portefeuille-");
        var rows = GroupDossierFormatsTests.Rows(xlsx, "Portefeuille");
        Assert.Equal(5, rows.Count);
        var ressourcerie = rows.Single(r => r[0] == "Ressourcerie du Val");
        Assert.Equal(["Économie circulaire", "Lancement"], ressourcerie[1..3]);
        Assert.Equal("Tiers-lieu de Joyeuse", ressourcerie[10]);

        var html = Encoding.UTF8.GetString(await FileAsync($"/test/api/demarches/{demarcheId}/report.html?year={year}", coordinator, "text/html", $"rapport-start-up-de-territoire-ardeche-meridionale-2026-{year}.html"));
        Assert.Contains($"Rapport annuel {year}", html, StringComparison.Ordinal);
        Assert.Contains("Une ressourcerie au Val", html, StringComparison.Ordinal);
        Assert.Contains("Soirée d&#39;Aubenas", html.Replace("&#x27;", "&#39;", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain(Hostile, html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);

        var md = Encoding.UTF8.GetString(await FileAsync($"/test/api/demarches/{demarcheId}/report.md?year={year}", coordinator, "text/markdown", ".md"));
        Assert.Contains("Activités lancées par thème", md, StringComparison.Ordinal);
        Assert.Contains("Groupe de travail « Ressourcerie du Val »", md, StringComparison.Ordinal);

        var pdf = await FileAsync($"/test/api/demarches/{demarcheId}/report.pdf?year={year}", coordinator, "application/pdf", ".pdf");
        using (var document = PdfDocument.Open(pdf))
        {
            var pdfText = string.Concat(document.GetPages().Select(p => p.Text)).Replace(" ", string.Empty, StringComparison.Ordinal);
            Assert.Contains("RessourcerieduVal", pdfText, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync($"/test/api/demarches/{demarcheId}/report.html?year=1789", coordinator)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync($"/test/api/demarches/{demarcheId}/report.docx", coordinator)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync($"/test/api/demarches/{demarcheId}/portfolio.ods", coordinator)).StatusCode);
    }

    [Fact]
    public async Task ThePublicPageShowsOnlyPublishedProjectsWithTheirPublishedFieldsAndNoContact()
    {
        var (demarcheId, ressourcerie, _, _) = await DemarcheAsync();
        using var anonymous = app.CreateClient();
        var response = await anonymous.GetAsync($"/test/api/public/demarches/{demarcheId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        var page = JsonDocument.Parse(raw).RootElement;
        Assert.Equal("Ardèche méridionale", page.GetProperty("territory").GetString());
        var project = page.GetProperty("projects").EnumerateArray().Single();
        Assert.Equal(ressourcerie, project.GetProperty("id").GetString());
        Assert.Equal("Réparer et revendre", project.GetProperty("publicText").GetString());
        Assert.Equal("lancement", project.GetProperty("stage").GetString());
        Assert.Single(project.GetProperty("needs").EnumerateArray());
        Assert.Empty(project.GetProperty("milestones").EnumerateArray());
        foreach (var hidden in new[] { "Tiers-lieu", "Navette", "Jardin partagé", "mireille@example.org", "Mireille", "Trouver un local", "Pas de chauffeur" })
        {
            Assert.DoesNotContain(hidden, raw, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/test/api/public/demarches/demarche-unknown")).StatusCode);
    }

    // A démarche of one soirée (a piste that became the ressourcerie, one that stayed a piste) and three groups: the
    // ressourcerie (launched, published, needs a place), a tiers-lieu (active, offers a place, not published, its own
    // theme a script) and a navette (stopped, its name a formula).
    private async Task<(string DemarcheId, string Ressourcerie, string TiersLieu, string Navette)> DemarcheAsync()
    {
        var now = app.Time.GetUtcNow();
        var ressourcerie = await GroupAsync("Ressourcerie du Val", "launched", "economieCirculaire", null, ("need", "lieu", "Un local de stockage pour les meubles"));
        await _groups.OkAsync(HttpMethod.Put, $"/api/groups/{ressourcerie.GroupId}/publication", GroupClient.Token(ressourcerie.Seats[0]),
            new { published = true, publicText = "Réparer et revendre", showNeeds = true, showMilestones = false });
        await _groups.OkAsync(HttpMethod.Put, $"/api/groups/{ressourcerie.GroupId}/milestones/m-1", GroupClient.Token(ressourcerie.Seats[0]), new { title = "Trouver un local", status = "reached" });
        await _groups.OkAsync(HttpMethod.Put, $"/api/groups/{ressourcerie.GroupId}/milestones/m-2", GroupClient.Token(ressourcerie.Seats[0]), new { title = "Ouvrir", status = "planned" });
        var tiersLieu = await GroupAsync("Tiers-lieu de Joyeuse", "active", Hostile, null, ("offer", "lieu", "Des locaux de stockage disponibles"));
        var mireille = await _groups.JoinAsync(tiersLieu.JoinCode, "Mireille");
        await _groups.OkAsync(HttpMethod.Put, $"/api/groups/{tiersLieu.GroupId}/me/contact", mireille.Token, new { contact = new { email = "mireille@example.org" }, consent = true });
        var navette = await GroupAsync("=1+1 Navette", "stopped", null, "Pas de chauffeur l'hiver", ("offer", "lieu", "Un local de stockage"));
        var demarcheId = $"demarche-{Guid.NewGuid():N}"[..30];
        app.Directory.Set(new DemarcheRecord(demarcheId, "Start'up de Territoire Ardèche méridionale 2026", "Ardèche méridionale", "fr",
            [new SoireeRecord("session-aubenas", "Soirée d'Aubenas", now, 42,
            [
                new PisteRecord("p-1", "Ressourcerie", "Accélération : la ressourcerie", ressourcerie.GroupId, "prop-1"),
                new PisteRecord("p-2", "Jardin partagé", "Émergence : se nourrir ici", null, null),
            ])],
            [ressourcerie.GroupId, tiersLieu.GroupId, navette.GroupId],
            [new ProposalRecord("prop-1", "projetLocal", "Une ressourcerie au Val", "groupe", 12, now, "session-aubenas", "w-1")]));
        return (demarcheId, ressourcerie.GroupId, tiersLieu.GroupId, navette.GroupId);
    }

    private async Task<CreatedGroup> GroupAsync(string name, string stage, string? theme, string? stopReason, (string Kind, string Category, string Text) exchange)
    {
        var created = await _groups.CreateAsync(name, null);
        var seat = GroupClient.Token(created.Seats[0]);
        await _groups.OkAsync(HttpMethod.Put, $"/api/groups/{created.GroupId}/exchanges/x-1", seat, new { kind = exchange.Kind, category = exchange.Category, text = exchange.Text });
        await _groups.OkAsync(HttpMethod.Put, $"/api/groups/{created.GroupId}/card", seat, new { name, stage, theme, stopReason });
        return created;
    }

    private async Task<JsonElement> GetJsonAsync(string path, string token)
    {
        var response = await SendAsync(path, token);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>().DefaultTimeout();
    }

    private async Task<byte[]> FileAsync(string path, string token, string mediaType, string fileName)
    {
        var response = await SendAsync(path, token);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var name = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? string.Empty;
        Assert.Contains(fileName, name, StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        return await response.Content.ReadAsByteArrayAsync();
    }

    private Task<HttpResponseMessage> SendAsync(string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        return _groups.Http.SendAsync(request).DefaultTimeout();
    }
}
