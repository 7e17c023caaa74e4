using System.Net;
using System.Text.Json;
using Json.Schema;
using StartupTerritoire.Server.Portfolio;
using StartupTerritoire.Server.Tests.Infrastructure;
using StartupTerritoire.WorkshopEngine;
using UglyToad.PdfPig;

namespace StartupTerritoire.Server.Tests.Portfolio;

/// <summary>
/// A group's fiche projet: JSON that follows the published schema and reads back, a PDF with the project's name, for
/// the group's seats and members; for anyone else only once published, with the published fields only and no contact.
/// </summary>
public sealed class FicheProjetTests(WorkshopApplication app) : IClassFixture<WorkshopApplication>
{
    private readonly GroupClient _groups = new(app.CreateClient());

    // Read once: the schema library registers a schema by its $id and refuses to register it twice.
    private static readonly Lazy<JsonSchema> s_schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "schemas", "fiche-projet.schema.json"))));

    private static JsonSchema Schema() => s_schema.Value;

    [Fact]
    public async Task TheFicheFollowsTheSchemaForSeatsAndMembersAndReadsBackAsAnEssaimageSheet()
    {
        var (created, seat, member) = await LaunchedGroupAsync();
        foreach (var token in new[] { seat, member })
        {
            var response = await _groups.SendAsync(HttpMethod.Get, $"/api/groups/{created.GroupId}/fiche.json", token, null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
            Assert.StartsWith("fiche-projet-ressourcerie-du-val", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
            using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
            var root = json.RootElement;
            AssertValid(root);
            using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "schemas", "fiche-projet.schema.json")));
            foreach (var required in schema.RootElement.GetProperty("required").EnumerateArray())
            {
                Assert.True(root.TryGetProperty(required.GetString()!, out _), required.GetString());
            }

            Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
            Assert.Equal("lancement", root.GetProperty("stage").GetString());
            Assert.Equal("economieCirculaire", root.GetProperty("theme").GetString());
            Assert.Contains(root.GetProperty("successFactors").EnumerateArray(), f => f.GetProperty("text").GetString() == "Réparer plutôt que jeter");
            Assert.Equal(JsonValueKind.Null, root.GetProperty("contact").ValueKind);

            var fiche = FicheProjet.Parse(root);
            Assert.Equal("Ressourcerie du Val de Ligne", fiche.Name);
            Assert.Single(fiche.Needs);
            var sheet = fiche.ToWorkshopSpec();
            Assert.Equal("essaimage", sheet.Format);
            Assert.Equal("Ressourcerie du Val de Ligne", sheet.Name);
            Assert.Contains("Réparer et revendre au village", sheet.Description, StringComparison.Ordinal);
            Assert.Contains("Proposition de valeur : Réparer plutôt que jeter", sheet.SuccessFactors!);
        }
    }

    [Fact]
    public async Task ThePdfHoldsTheProjectsName()
    {
        var (created, seat, _) = await LaunchedGroupAsync();
        var response = await _groups.SendAsync(HttpMethod.Get, $"/api/groups/{created.GroupId}/fiche.pdf", seat, null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var content = await response.Content.ReadAsByteArrayAsync();
        Assert.NotEmpty(content);
        using var pdf = PdfDocument.Open(content);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.Contains("RessourcerieduValdeLigne", text, StringComparison.Ordinal);
        Assert.Contains("Unlocalde100m²", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _groups.SendAsync(HttpMethod.Get, $"/api/groups/{created.GroupId}/fiche.docx", seat, null)).StatusCode);
    }

    [Fact]
    public async Task AnyoneReadsAPublishedFicheWithItsPublishedFieldsOnlyAndNoContact()
    {
        var (created, seat, _) = await LaunchedGroupAsync();
        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/groups/{created.GroupId}/fiche.json")).StatusCode);
        var other = await _groups.CreateAsync("Autre groupe");
        Assert.Equal(HttpStatusCode.NotFound, (await _groups.SendAsync(HttpMethod.Get, $"/api/groups/{created.GroupId}/fiche.json", GroupClient.Token(other.Seats[0]), null)).StatusCode);

        await _groups.OkAsync(HttpMethod.Put, $"/api/groups/{created.GroupId}/publication", seat, new { published = true, publicText = "Une ressourcerie ouverte à tous", showNeeds = false, showMilestones = true });
        var response = await anonymous.GetAsync($"/api/groups/{created.GroupId}/fiche.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(raw);
        AssertValid(json.RootElement);
        Assert.Equal("Une ressourcerie ouverte à tous", json.RootElement.GetProperty("description").GetString());
        Assert.Empty(json.RootElement.GetProperty("successFactors").EnumerateArray());
        Assert.Empty(json.RootElement.GetProperty("needs").EnumerateArray());
        Assert.Single(json.RootElement.GetProperty("milestones").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("contact").ValueKind);
        foreach (var secret in new[] { "Mireille", "mireille@example.org", "06 11 22 33 44", "Réparer plutôt que jeter", "Un local de 100" })
        {
            Assert.DoesNotContain(secret, raw, StringComparison.Ordinal);
        }

        var pdf = await anonymous.GetAsync($"/api/groups/{created.GroupId}/fiche.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
    }

    [Fact]
    public void TheReaderRefusesWhatIsNotAFicheNamingTheFieldAndKeepsHostileTextAsText()
    {
        static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;
        const string Minimal = """{"schemaVersion":1,"name":"Navette","stage":"lancement"}""";
        Assert.Equal("Navette", FicheProjet.Parse(Json(Minimal)).Name);
        foreach (var (bad, field) in new[]
        {
            ("[]", "$"),
            ("""{"schemaVersion":2,"name":"Navette","stage":"lancement"}""", "schemaVersion"),
            ("""{"schemaVersion":1,"stage":"lancement"}""", "name"),
            ("""{"schemaVersion":1,"name":"   ","stage":"lancement"}""", "name"),
            ("""{"schemaVersion":1,"name":"Navette","stage":"fini"}""", "stage"),
            ("""{"schemaVersion":1,"name":"Navette","stage":"lancement","needs":[{"category":"chateau","text":"x"}]}""", "needs[0].category"),
            ("""{"schemaVersion":1,"name":"Navette","stage":"lancement","needs":{"category":"lieu"}}""", "needs"),
            ($$"""{"schemaVersion":1,"name":"{{new string('n', 200)}}","stage":"lancement"}""", "name"),
            ($$"""{"schemaVersion":1,"name":"Navette","stage":"lancement","successFactors":[{{string.Join(",", Enumerable.Repeat("\"f\"", 21))}}]}""", "successFactors"),
            ("""{"schemaVersion":1,"name":"Navette","stage":"lancement","milestones":[{"title":"A","due":"demain"}]}""", "milestones[0].due"),
            ("""{"schemaVersion":1,"name":42,"stage":"lancement"}""", "name"),
        })
        {
            var error = Assert.Throws<WorkshopException>(() => FicheProjet.Parse(Json(bad)));
            Assert.Equal(ErrorCodes.InvalidArgument, error.Code);
            Assert.Contains(field, error.Message, StringComparison.Ordinal);
        }

        foreach (var hostile in NaughtyStrings.All())
        {
            var text = JsonSerializer.Serialize(hostile);
            FicheProjet fiche;
            try
            {
                fiche = FicheProjet.Parse(Json($$"""{"schemaVersion":1,"name":"Navette","stage":"lancement","description":{{text}},"offers":[{"category":"autre","text":"Offre"}]}"""));
            }
            catch (WorkshopException ex)
            {
                Assert.Equal(ErrorCodes.InvalidArgument, ex.Code);
                continue;
            }

            Assert.Equal(Input.Optional(hostile, Input.MaxLongTextLength, "description"), fiche.Description);
        }
    }

    private static void AssertValid(JsonElement fiche)
    {
        var result = Schema().Evaluate(fiche, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    private async Task<(Server.Groups.CreatedGroup Created, string Seat, string Member)> LaunchedGroupAsync()
    {
        var created = await _groups.CreateAsync();
        var seat = GroupClient.Token(created.Seats[0]);
        var member = await _groups.JoinAsync(created.JoinCode, "Mireille");
        var group = $"/api/groups/{created.GroupId}";
        await _groups.OkAsync(HttpMethod.Put, $"{group}/me/contact", member.Token, new { contact = new { name = "Mireille", email = "mireille@example.org", phone = "06 11 22 33 44" }, consent = true });
        await _groups.OkAsync(HttpMethod.Put, $"{group}/card", seat, new { name = "Ressourcerie du Val de Ligne", promise = "Réparer et revendre au village", stage = "launched", theme = "economieCirculaire" });
        await _groups.OkAsync(HttpMethod.Put, $"{group}/canvas/c-1", seat, new { block = "proposition", text = "Réparer plutôt que jeter" });
        await _groups.OkAsync(HttpMethod.Put, $"{group}/exchanges/x-1", seat, new { kind = "need", category = "lieu", text = "Un local de 100 m²" });
        await _groups.OkAsync(HttpMethod.Put, $"{group}/milestones/m-1", seat, new { title = "Ouverture", due = "2027-03-31", status = "planned" });
        return (created, seat, member.Token);
    }
}
