using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using StartupTerritoire.Server.Consultations;
using StartupTerritoire.Server.Tests.Infrastructure;
using StartupTerritoire.WorkshopEngine.Pistes;

namespace StartupTerritoire.Server.Tests.Consultations;

/// <summary>
/// A démarche's consultation over HTTP, open to anyone with its link: visitors propose, support once and comment;
/// the holder's contact is kept only with consent and shown to the coordinator only; hostile text stays inert,
/// oversize text is refused with nothing changed; the coordinator hides, closes and opens again.
/// </summary>
public sealed class ConsultationApiTests(WorkshopApplication app) : IClassFixture<WorkshopApplication>
{
    private readonly DemarcheClient _client = new(app.CreateClient());

    [Fact]
    public async Task VisitorsProposeSupportOnceEachAndComment()
    {
        var created = await _client.CreateAsync();
        var code = created.ConsultationCode;
        var anne = await _client.VisitorAsync(code);
        var bruno = await _client.VisitorAsync(code);
        var defi = await _client.ProposeAsync(code, anne, new ProposalRequest("defi", "Garder nos jeunes", "Comment donner envie aux jeunes de rester travailler au pays ?"));
        var c = $"/api/consultations/{code}/proposals/{defi}";

        await _client.OkAsync(HttpMethod.Put, $"{c}/support", bruno, null);
        var again = await _client.OkAsync(HttpMethod.Put, $"{c}/support", bruno, null);
        await _client.OkAsync(HttpMethod.Put, $"{c}/support", anne, null);
        await _client.OkAsync(HttpMethod.Put, $"{c}/comments/c-1", bruno, new CommentRequest("Et les saisonniers ?", "Bruno"));
        Assert.Equal(again + 2, await _client.OkAsync(HttpMethod.Put, $"{c}/comments/c-1", bruno, new CommentRequest("Et les saisonniers ?", "Bruno")));

        var asAnne = DemarcheClient.Proposal(await _client.ConsultationAsync(code, anne), defi);
        Assert.Equal(2, asAnne.GetProperty("supports").GetInt32());
        Assert.True(asAnne.GetProperty("supportedByMe").GetBoolean());
        Assert.True(asAnne.GetProperty("mine").GetBoolean());
        Assert.Equal("Bruno", asAnne.GetProperty("comments")[0].GetProperty("nickname").GetString());
        Assert.Equal("recue", asAnne.GetProperty("outcome").GetProperty("key").GetString());

        await _client.OkAsync(HttpMethod.Delete, $"{c}/support", bruno, null);
        var asBruno = DemarcheClient.Proposal(await _client.ConsultationAsync(code, bruno), defi);
        Assert.Equal(1, asBruno.GetProperty("supports").GetInt32());
        Assert.False(asBruno.GetProperty("supportedByMe").GetBoolean());
        Assert.False(asBruno.GetProperty("mine").GetBoolean());
        var anonymous = DemarcheClient.Proposal(await _client.ConsultationAsync(code), defi);
        Assert.Equal(JsonValueKind.Null, anonymous.GetProperty("supportedByMe").ValueKind);

        // Only its author changes a proposal.
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Put, c, bruno, new ProposalRequest("defi", "Autre", "Autre texte"))).StatusCode);
        var page = await _client.PageAsync(created.DemarcheId, created.CoordinatorToken);
        Assert.Equal(1, page.GetProperty("consultation").GetProperty("proposals").GetInt32());
        Assert.Equal(1, page.GetProperty("consultation").GetProperty("supports").GetInt32());
        Assert.Equal(1, page.GetProperty("consultation").GetProperty("comments").GetInt32());
    }

    [Fact]
    public async Task AHoldersContactIsKeptOnlyWithConsentAndShownToTheCoordinatorOnly()
    {
        var created = await _client.CreateAsync();
        var code = created.ConsultationCode;
        var visitor = await _client.VisitorAsync(code);
        var contact = new ContactDetails("Mireille Vidal", "mireille@example.org", "06 12 34 56 78");
        var withConsent = await _client.ProposeAsync(code, visitor, new ProposalRequest("projetLocal", "Légumerie", "Des légumes pour les cantines", Holder: "Mireille", Contact: contact, Consent: true));
        var without = await _client.ProposeAsync(code, visitor, new ProposalRequest("projetLocal", "Fournil", "Un four à pain partagé", Holder: "Paul", Contact: contact, Consent: false));

        foreach (var token in new string?[] { null, visitor, await _client.VisitorAsync(code) })
        {
            var page = await _client.ConsultationAsync(code, token);
            Assert.All(page.GetProperty("proposals").EnumerateArray(), p => Assert.Equal(JsonValueKind.Null, p.GetProperty("contact").ValueKind));
            Assert.DoesNotContain("mireille@example.org", page.GetRawText(), StringComparison.Ordinal);
        }

        var coordinator = await _client.ConsultationAsync(code, created.CoordinatorToken);
        Assert.Equal("mireille@example.org", DemarcheClient.Proposal(coordinator, withConsent).GetProperty("contact").GetProperty("email").GetString());
        Assert.Equal(JsonValueKind.Null, DemarcheClient.Proposal(coordinator, without).GetProperty("contact").ValueKind);
        Assert.Equal("Mireille", DemarcheClient.Proposal(coordinator, withConsent).GetProperty("holder").GetString());
    }

    [Fact]
    public async Task HostileTextStaysInertAndOversizeOrMalformedInputIsRefusedWithNothingChanged()
    {
        var created = await _client.CreateAsync();
        var code = created.ConsultationCode;
        var visitor = await _client.VisitorAsync(code);
        var n = 0;
        foreach (var hostile in NaughtyStrings.All().Take(18))
        {
            var response = await _client.SendAsync(HttpMethod.Put, $"/api/consultations/{code}/proposals/naughty-{n++}", visitor, new ProposalRequest("defi", "Titre", hostile));
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{hostile}: {response.StatusCode}");
        }

        visitor = await _client.VisitorAsync(code);

        var script = await _client.ProposeAsync(code, visitor, new ProposalRequest("defi", "<img src=x onerror=alert(1)>", "<script>alert('x')</script>\u0007"));
        var shown = DemarcheClient.Proposal(await _client.ConsultationAsync(code), script);
        Assert.Equal("<img src=x onerror=alert(1)>", shown.GetProperty("title").GetString());
        Assert.Equal("<script>alert('x')</script>", shown.GetProperty("text").GetString());

        var before = (await _client.ConsultationAsync(code)).GetProperty("version").GetInt64();
        foreach (var bad in new[]
        {
            new ProposalRequest("defi", new string('x', 161), "Texte"),
            new ProposalRequest("defi", "Titre", new string('x', 2001)),
            new ProposalRequest("defi", "Titre", " "),
            new ProposalRequest("sondage", "Titre", "Texte"),
            new ProposalRequest("projetAilleurs", "Titre", "Texte", Link: "javascript:alert(1)"),
            new ProposalRequest("projetAilleurs", "Titre", "Texte", Link: "data:text/html,<b>x</b>"),
            new ProposalRequest("projetAilleurs", "Titre", "Texte", Where: new string('x', 121)),
            new ProposalRequest("projetLocal", "Titre", "Texte", Holder: new string('x', 41)),
            new ProposalRequest("projetLocal", "Titre", "Texte", Contact: new ContactDetails(null, "pas une adresse", null), Consent: true),
        })
        {
            var response = await _client.SendAsync(HttpMethod.Put, $"/api/consultations/{code}/proposals/p-bad", visitor, bad);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{bad}: {response.StatusCode}");
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await _client.SendAsync(HttpMethod.Put, $"/api/consultations/{code}/proposals/{script}/comments/c-1", visitor, new CommentRequest(new string('x', 1001)))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.SendAsync(HttpMethod.Put, $"/api/consultations/{code}/proposals/nowhere/support", visitor, null)).StatusCode);
        Assert.Equal(before, (await _client.ConsultationAsync(code)).GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task TheCoordinatorHidesAProposalAndClosesAndOpensTheConsultation()
    {
        var created = await _client.CreateAsync();
        var code = created.ConsultationCode;
        var visitor = await _client.VisitorAsync(code);
        var spam = await _client.ProposeAsync(code, visitor, new ProposalRequest("defi", "Achetez des montres", "Pas cher"));
        var real = await _client.ProposeAsync(code, visitor, new ProposalRequest("defi", "Se soigner au pays", "Comment garder des médecins ?"));
        var d = $"/api/demarches/{created.DemarcheId}";

        await _client.OkAsync(HttpMethod.Delete, $"{d}/proposals/{spam}", created.CoordinatorToken, null);
        var page = await _client.ConsultationAsync(code);
        Assert.Equal([real], page.GetProperty("proposals").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        Assert.True(DemarcheClient.Proposal(await _client.ConsultationAsync(code, created.CoordinatorToken), spam).GetProperty("hidden").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.SendAsync(HttpMethod.Put, $"/api/consultations/{code}/proposals/{spam}/support", visitor, null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.SendAsync(HttpMethod.Put, $"{d}/plan", created.CoordinatorToken, new { title = "Soirée", picks = new[] { spam } })).StatusCode);

        await _client.OkAsync(HttpMethod.Post, $"{d}/consultation/close", created.CoordinatorToken, null);
        Assert.False((await _client.ConsultationAsync(code)).GetProperty("open").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, (await _client.SendAsync(HttpMethod.Put, $"/api/consultations/{code}/proposals/{real}/support", visitor, null)).StatusCode);
        await _client.OkAsync(HttpMethod.Post, $"{d}/consultation/open", created.CoordinatorToken, null);
        await _client.OkAsync(HttpMethod.Put, $"/api/consultations/{code}/proposals/{real}/support", visitor, null);
    }

    [Fact]
    public async Task ProposalsOnTheSameStakesAreSuggestedAsOneTheme()
    {
        var created = await _client.CreateAsync();
        var code = created.ConsultationCode;
        var visitor = await _client.VisitorAsync(code);
        var ids = new List<string>();
        foreach (var (title, text) in new[]
        {
            ("Vente directe de légumes", "Un magasin de producteurs pour vendre les légumes des maraîchers en circuit court"),
            ("Légumes des maraîchers à la cantine", "Les maraîchers locaux livrent leurs légumes en circuit court aux cantines"),
            ("Marché de producteurs", "Vendre en circuit court les légumes et fromages des producteurs du plateau"),
            ("Covoiturage", "Partager la voiture pour aller travailler à Aubenas"),
            ("Autopartage", "Une voiture partagée entre voisins pour aller travailler"),
        })
        {
            ids.Add(await _client.ProposeAsync(code, visitor, new ProposalRequest("defi", title, text)));
        }

        var themes = (await _client.ConsultationAsync(code)).GetProperty("themes").EnumerateArray().ToList();
        Assert.NotEmpty(themes);
        Assert.All(themes, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.GetProperty("label").GetString()));
            Assert.True(t.GetProperty("proposalIds").GetArrayLength() >= 2);
        });
        Assert.Contains(themes, t => t.GetProperty("proposalIds").EnumerateArray().Select(i => i.GetString()).Intersect(ids[..3]).Count() >= 2);
    }

    [Fact]
    public async Task TheConsultationsQrCodeOpensItsPage()
    {
        var created = await _client.CreateAsync();
        var response = await _client.Http.GetAsync($"/api/consultations/{created.ConsultationCode}/qr.svg").DefaultTimeout();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("<svg", (await response.Content.ReadAsStringAsync()).TrimStart(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.Http.GetAsync("/api/consultations/ZZZZZZ/qr.svg").DefaultTimeout()).StatusCode);
    }

    [Fact]
    public async Task ThePageAnswersNotModifiedWhileNothingChangedAndNoCallerGetsAnothersPage()
    {
        var created = await _client.CreateAsync();
        var code = created.ConsultationCode;
        var path = $"/api/consultations/{code}";
        var anne = await _client.VisitorAsync(code);
        var bruno = await _client.VisitorAsync(code);
        var local = await _client.ProposeAsync(code, anne, new ProposalRequest("projetLocal", "Légumerie du plateau", "Des légumes épluchés pour les cantines",
            Holder: "Anne", Contact: new ContactDetails("Anne", "anne@example.org", null), Consent: true));
        await _client.OkAsync(HttpMethod.Put, $"{path}/proposals/{local}/support", anne, null);

        // Each caller reads the page under their own tag, and none is answered "not modified" with another's.
        var tags = new Dictionary<string, System.Net.Http.Headers.EntityTagHeaderValue>(StringComparer.Ordinal);
        foreach (var (who, token) in new[] { ("anyone", (string?)null), ("anne", anne), ("bruno", bruno), ("coordinator", created.CoordinatorToken) })
        {
            var first = await _client.SendAsync(HttpMethod.Get, path, token, null);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Contains("Authorization", first.Headers.Vary);
            tags[who] = first.Headers.ETag ?? throw new InvalidOperationException("The page has no ETag.");
            var unchanged = await _client.GetAsync(path, token, tags[who]);
            Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
            Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());
        }

        Assert.Equal(4, tags.Values.Distinct().Count());
        foreach (var (who, token) in new[] { ("anyone", (string?)null), ("anne", anne), ("bruno", bruno), ("coordinator", created.CoordinatorToken) })
        {
            foreach (var other in tags.Keys.Where(k => k != who))
            {
                var response = await _client.GetAsync(path, token, tags[other]);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal(tags[who], response.Headers.ETag);
                var proposal = DemarcheClient.Proposal(await response.Content.ReadFromJsonAsync<JsonElement>(), local);
                Assert.Equal(who == "anne", proposal.GetProperty("supportedByMe").ValueKind == JsonValueKind.True);
                Assert.Equal(who == "coordinator", proposal.GetProperty("contact").ValueKind == JsonValueKind.Object);
            }
        }

        // A support, the plan, the soirée made and a piste of it each give the page again.
        async Task ChangedAsync()
        {
            var again = await _client.GetAsync(path, anne, tags["anne"]);
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.NotEqual(tags["anne"], again.Headers.ETag);
            tags["anne"] = again.Headers.ETag!;
            Assert.Equal(HttpStatusCode.NotModified, (await _client.GetAsync(path, anne, tags["anne"])).StatusCode);
        }

        await _client.OkAsync(HttpMethod.Put, $"{path}/proposals/{local}/support", bruno, null);
        await ChangedAsync();
        var defi = await _client.ProposeAsync(code, bruno, new ProposalRequest("defi", "Se déplacer sans voiture", "Comment aller travailler sans voiture ?"));
        await _client.OkAsync(HttpMethod.Put, $"/api/demarches/{created.DemarcheId}/plan", created.CoordinatorToken, new Server.Demarches.PlanRequest("Soirée de Joyeuse", null, [defi]));
        await ChangedAsync();
        var soiree = (await (await _client.SendAsync(HttpMethod.Post, $"/api/demarches/{created.DemarcheId}/soirees", created.CoordinatorToken, null))
            .Content.ReadFromJsonAsync<Server.Demarches.CreatedSoiree>())!;
        await ChangedAsync();
        var snapshot = await new SessionClient(_client.Http).SnapshotAsync(
            new Server.Api.CreatedSession(soiree.SessionId, string.Empty, string.Empty, string.Empty, soiree.AnimatorToken, soiree.ConsoleUrl, 0));
        await using (var animator = await LiveClient.ConnectAsync(app.Server, soiree.AnimatorToken, Protocol.Json))
        {
            await animator.InvokeAsync("PromoteToPiste", Wire.Text(Wire.List(snapshot, "workshops")[0], "id")!, "p-velo", null, "Covoiturage entre voisins");
        }

        await ChangedAsync();
        Assert.Equal("piste", DemarcheClient.Proposal(await _client.ConsultationAsync(code, anne), defi).GetProperty("outcome").GetProperty("key").GetString());
    }
}
