using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Consultations;
using StartupTerritoire.Server.Demarches;
using StartupTerritoire.Server.Tests.Infrastructure;
using StartupTerritoire.WorkshopEngine.Pistes;

namespace StartupTerritoire.Server.Tests.Demarches;

/// <summary>
/// A territory's démarche over HTTP: created with its consultation, its coordinator's page with the four phases and
/// the 360° view, partners and animators, the evening's plan made into a soirée whose porteur already holds their
/// project, practice soirées, groups linked by code and a fiche projet imported into an essaimage.
/// </summary>
public sealed class DemarcheApiTests(WorkshopApplication app) : IClassFixture<WorkshopApplication>
{
    private readonly DemarcheClient _client = new(app.CreateClient());

    [Fact]
    public async Task ANewDemarcheOpensForItsCoordinatorWithFourPhasesToDoAndEveryUniversMissing()
    {
        var created = await _client.CreateAsync();

        Assert.StartsWith("demarche-", created.DemarcheId, StringComparison.Ordinal);
        Assert.EndsWith($"/d/{created.DemarcheId}#{created.CoordinatorToken}", created.CoordinatorUrl, StringComparison.Ordinal);
        Assert.EndsWith($"/c/{created.ConsultationCode}", created.ConsultationUrl, StringComparison.Ordinal);
        var page = await _client.PageAsync(created.DemarcheId, created.CoordinatorToken);
        Assert.Equal("Start'up de Territoire Ardèche méridionale 2026", page.GetProperty("name").GetString());
        Assert.Equal("coordinateur", page.GetProperty("me").GetProperty("role").GetString());
        Assert.Equal(["mobilisation", "soiree", "groupes", "lancement"], page.GetProperty("phases").EnumerateArray().Select(p => p.GetProperty("key").GetString()));
        Assert.All(page.GetProperty("phases").EnumerateArray(), p => Assert.Equal("aFaire", p.GetProperty("status").GetString()));
        Assert.Equal(["associations", "entreprises", "collectivites", "citoyens", "emploiFormation", "financeurs"],
            page.GetProperty("univers").EnumerateArray().Select(u => u.GetProperty("key").GetString()));
        Assert.All(page.GetProperty("univers").EnumerateArray(), u => Assert.Equal(0, u.GetProperty("partners").GetInt32()));
        var consultation = page.GetProperty("consultation");
        Assert.Equal(created.ConsultationCode, consultation.GetProperty("code").GetString());
        Assert.True(consultation.GetProperty("open").GetBoolean());
    }

    [Fact]
    public async Task PartnersFillThe360ViewAndNamedAnimatorsReadThePageWithoutTheirContacts()
    {
        var created = await _client.CreateAsync();
        var d = $"/api/demarches/{created.DemarcheId}";
        var coordinator = created.CoordinatorToken;
        await _client.OkAsync(HttpMethod.Put, $"{d}/partners/pays", coordinator,
            new PartnerRequest("Pays de l'Ardèche méridionale", "collectivites", "premier", new ContactDetails("Hélène Roux", "helene@example.fr", null)));
        await _client.OkAsync(HttpMethod.Put, $"{d}/partners/cigales", coordinator, new PartnerRequest("Club Cigales", "financeurs", "rejoint"));
        await _client.OkAsync(HttpMethod.Put, $"{d}/partners/mjc", coordinator, new PartnerRequest("MJC d'Aubenas", "associations", "premier"));
        await _client.OkAsync(HttpMethod.Delete, $"{d}/partners/mjc", coordinator, null);
        await _client.OkAsync(HttpMethod.Put, $"{d}/animators/anim-1", coordinator, new AnimatorRequest("Camille", "animateur"));

        var page = await _client.PageAsync(created.DemarcheId, coordinator);
        var univers = page.GetProperty("univers").EnumerateArray().ToDictionary(u => u.GetProperty("key").GetString()!, u => u.GetProperty("partners").GetInt32());
        Assert.Equal(1, univers["collectivites"]);
        Assert.Equal(1, univers["financeurs"]);
        Assert.Equal(0, univers["associations"]);
        Assert.Equal("enCours", page.GetProperty("phases")[0].GetProperty("status").GetString());
        var pays = page.GetProperty("partners").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "pays");
        Assert.Equal("helene@example.fr", pays.GetProperty("contact").GetProperty("email").GetString());

        var link = await _client.SendAsync(HttpMethod.Post, $"{d}/animators/anim-1/link", coordinator, null);
        var url = (await link.Content.ReadFromJsonAsync<DemarcheLink>())!.Url;
        Assert.Contains($"/d/{created.DemarcheId}#", url, StringComparison.Ordinal);
        var camille = DemarcheClient.Token(url);
        var seen = await _client.PageAsync(created.DemarcheId, camille);
        Assert.Equal("animateur", seen.GetProperty("me").GetProperty("role").GetString());
        Assert.Equal("anim-1", seen.GetProperty("me").GetProperty("animatorId").GetString());
        Assert.All(seen.GetProperty("partners").EnumerateArray(), p => Assert.Equal(JsonValueKind.Null, p.GetProperty("contact").ValueKind));
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Put, $"{d}/partners/x", camille, new PartnerRequest("X", "citoyens", "premier"))).StatusCode);

        // Taken off the démarche, the animator's link opens nothing.
        await _client.OkAsync(HttpMethod.Delete, $"{d}/animators/anim-1", coordinator, null);
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Get, d, camille, null)).StatusCode);
    }

    [Fact]
    public async Task BadInputIsRefusedClearlyAndChangesNothing()
    {
        var created = await _client.CreateAsync();
        var d = $"/api/demarches/{created.DemarcheId}";
        var before = (await _client.PageAsync(created.DemarcheId, created.CoordinatorToken)).GetProperty("version").GetInt64();

        foreach (var (path, body) in new (string, object)[]
        {
            ($"{d}/partners/p1", new PartnerRequest("Partenaire", "martiens", "premier")),
            ($"{d}/partners/p1", new PartnerRequest("Partenaire", "citoyens", "troisieme")),
            ($"{d}/partners/p1", new PartnerRequest(new string('x', 161), "citoyens", "premier")),
            ($"{d}/partners/p1", new PartnerRequest("Partenaire", "citoyens", "premier", new ContactDetails(null, "pas-une-adresse", null))),
            ($"{d}/partners/bad id", new PartnerRequest("Partenaire", "citoyens", "premier")),
            ($"{d}/animators/a1", new AnimatorRequest("Camille", "chef")),
            ($"{d}/plan", new PlanRequest("Soirée", null, ["nulle-part"])),
        })
        {
            var response = await _client.SendAsync(HttpMethod.Put, path, created.CoordinatorToken, body);
            Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
            Assert.Contains("\"code\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await _client.Http.PostAsJsonAsync("/api/demarches", new NewDemarcheRequest("  "))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.SendAsync(HttpMethod.Post, $"{d}/soirees", created.CoordinatorToken, null)).StatusCode);
        Assert.Equal(before, (await _client.PageAsync(created.DemarcheId, created.CoordinatorToken)).GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task ThePlanBecomesASoireeWhosePorteurHoldsTheirProjectAndProposersSeeWhatBecameOfTheirProposals()
    {
        var created = await _client.CreateAsync();
        var code = created.ConsultationCode;
        var visitor = await _client.VisitorAsync(code);
        var defi = await _client.ProposeAsync(code, visitor, new ProposalRequest("defi", "Se déplacer sans voiture", "Comment aller travailler sans voiture dans nos villages ?", Theme: "mobilite"));
        var local = await _client.ProposeAsync(code, visitor, new ProposalRequest("projetLocal", "Légumerie du plateau", "Des légumes épluchés pour les cantines",
            Holder: "Mireille", Contact: new ContactDetails("Mireille", "mireille@example.org", null), Consent: true));
        var ailleurs = await _client.ProposeAsync(code, visitor, new ProposalRequest("projetAilleurs", "Ressourcerie de Die", "Réparer et revendre",
            Where: "Die (Drôme)", Link: "https://example.org/ressourcerie", Why: "Nous n'en avons pas"));

        await _client.OkAsync(HttpMethod.Put, $"/api/demarches/{created.DemarcheId}/plan", created.CoordinatorToken, new PlanRequest("Soirée de Joyeuse", new DateOnly(2026, 3, 12), [defi, local, ailleurs]));
        var picked = await _client.ConsultationAsync(code);
        Assert.All(new[] { defi, local, ailleurs }, id => Assert.Equal("retenue", DemarcheClient.Proposal(picked, id).GetProperty("outcome").GetProperty("key").GetString()));

        var response = await _client.SendAsync(HttpMethod.Post, $"/api/demarches/{created.DemarcheId}/soirees", created.CoordinatorToken, null);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var soiree = (await response.Content.ReadFromJsonAsync<CreatedSoiree>())!;

        // The plan became this evening: it is empty again, so a second press cannot make the same evening twice.
        Assert.Empty((await _client.PageAsync(created.DemarcheId, created.CoordinatorToken)).GetProperty("plan").GetProperty("picks").EnumerateArray());
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.SendAsync(HttpMethod.Post, $"/api/demarches/{created.DemarcheId}/soirees", created.CoordinatorToken, null)).StatusCode);

        // The console's link is shown once; the coordinator can ask for a fresh one, which opens the same soirée as its animator.
        var fresh = await _client.SendAsync(HttpMethod.Post, $"/api/demarches/{created.DemarcheId}/soirees/{soiree.SessionId}/console", created.CoordinatorToken, null);
        Assert.True(fresh.StatusCode == HttpStatusCode.OK, await fresh.Content.ReadAsStringAsync());
        var freshUrl = (await fresh.Content.ReadFromJsonAsync<SoireeConsole>())!.ConsoleUrl;
        var freshToken = Uri.UnescapeDataString(freshUrl[(freshUrl.IndexOf('#', StringComparison.Ordinal) + 1)..]);
        Assert.NotEqual(soiree.AnimatorToken, freshToken);
        var reopened = await new SessionClient(_client.Http).SnapshotAsync(new CreatedSession(soiree.SessionId, string.Empty, string.Empty, string.Empty, freshToken, freshUrl, 0));
        Assert.Equal("Soirée de Joyeuse", Wire.Text(reopened, "title"));
        Assert.Equal(HttpStatusCode.NotFound, (await _client.SendAsync(HttpMethod.Post, $"/api/demarches/{created.DemarcheId}/soirees/session-not-ours/console", created.CoordinatorToken, null)).StatusCode);
        var session = new CreatedSession(soiree.SessionId, string.Empty, string.Empty, string.Empty, soiree.AnimatorToken, soiree.ConsoleUrl, 0);
        var sessions = new SessionClient(_client.Http);
        var snapshot = await sessions.SnapshotAsync(session);
        Assert.Equal("Soirée de Joyeuse", Wire.Text(snapshot, "title"));
        var workshops = Wire.List(snapshot, "workshops");
        Assert.Equal(["emergence", "acceleration", "essaimage"], workshops.Select(w => Wire.Text(w, "format")));
        Assert.Equal("Comment aller travailler sans voiture dans nos villages ?", Wire.Text(workshops[0], "input", "challenge", "text"));
        Assert.Equal("Die (Drôme)", Wire.Text(workshops[2], "input", "externalProject", "originTerritory"));

        // The porteur's personal link holds the participant already joined for her, holder of her project's workshop.
        var holder = Assert.Single(soiree.Holders);
        Assert.Equal(local, holder.ProposalId);
        Assert.Equal("Mireille", holder.Nickname);
        var fragment = System.Web.HttpUtility.ParseQueryString(holder.Url[(holder.Url.IndexOf('#', StringComparison.Ordinal) + 1)..]);
        Assert.Equal(Wire.Text(workshops[1], "holderId"), fragment["p"]);
        var asHolder = await sessions.Http.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{soiree.SessionId}/snapshot")
        {
            Headers = { Authorization = new("Bearer", fragment["t"]) },
        });
        Assert.Equal(HttpStatusCode.OK, asHolder.StatusCode);
        Assert.Contains(Wire.List(snapshot, "participants"), p => Wire.Text(p, "id") == fragment["p"] && Wire.Text(p, "nickname") == "Mireille");

        // She keeps what she wants in the sorting round, which only the holder may do; another participant may not.
        var acceleration = Wire.Text(workshops[1], "id")!;
        var bruno = await sessions.JoinAsync(Wire.Text(snapshot, "joinCode")!, "Bruno");
        await using (var animator = await LiveClient.ConnectAsync(app.Server, soiree.AnimatorToken, Protocol.Json))
        await using (var mireille = await LiveClient.ConnectAsync(app.Server, fragment["t"]!, Protocol.Json))
        await using (var other = await LiveClient.ConnectAsync(app.Server, bruno.Token, Protocol.Json))
        {
            await animator.InvokeAsync("StartRound", acceleration, "enrichissement");
            await other.InvokeAsync("AddNote", "n-1", acceleration, "ressources", "Une chambre froide à la coopérative", null);
            await animator.InvokeAsync("EndRound", acceleration, "enrichissement");
            await animator.InvokeAsync("StartRound", acceleration, "tri");
            Assert.Equal("auth.forbidden", await HubErrors.CodeOfAsync(() => other.InvokeAsync("Star", acceleration, "n-1", true)));
            await mireille.InvokeAsync("Star", acceleration, "n-1", true);
        }

        var told = await _client.ConsultationAsync(code);
        var outcome = DemarcheClient.Proposal(told, local).GetProperty("outcome");
        Assert.Equal("soiree", outcome.GetProperty("key").GetString());
        Assert.Equal("Soirée de Joyeuse", outcome.GetProperty("soireeTitle").GetString());
        Assert.Equal("Légumerie du plateau", outcome.GetProperty("workshopTitle").GetString());
        var page = await _client.PageAsync(created.DemarcheId, created.CoordinatorToken);
        Assert.Equal(soiree.SessionId, page.GetProperty("soirees")[0].GetProperty("sessionId").GetString());
        Assert.Equal("fait", page.GetProperty("phases")[1].GetProperty("status").GetString());

        // A piste of the défi's workshop, then a group born of it: the proposer reads both.
        var emergence = Wire.Text(workshops[0], "id")!;
        await using (var animator = await LiveClient.ConnectAsync(app.Server, soiree.AnimatorToken, Protocol.Json))
        {
            await animator.InvokeAsync("PromoteToPiste", emergence, "p-velo", null, "Covoiturage entre voisins");
        }

        Assert.Equal("piste", DemarcheClient.Proposal(await _client.ConsultationAsync(code), defi).GetProperty("outcome").GetProperty("key").GetString());
        var group = await _client.SendAsync(HttpMethod.Post, $"/api/sessions/{soiree.SessionId}/groups", soiree.AnimatorToken, new { pisteId = "p-velo" });
        Assert.Equal(HttpStatusCode.Created, group.StatusCode);
        var groupOutcome = DemarcheClient.Proposal(await _client.ConsultationAsync(code), defi).GetProperty("outcome");
        Assert.Equal("groupe", groupOutcome.GetProperty("key").GetString());
        Assert.Equal("Covoiturage entre voisins", groupOutcome.GetProperty("groupName").GetString());
        Assert.Single((await _client.PageAsync(created.DemarcheId, created.CoordinatorToken)).GetProperty("groups").EnumerateArray());

        // The record the portfolio and the report read traces the piste back to the proposal.
        var record = await app.Services.GetRequiredService<IDemarcheDirectory>().RecordAsync(created.DemarcheId, CancellationToken.None);
        var piste = Assert.Single(Assert.Single(record.Soirees).Pistes);
        Assert.Equal(defi, piste.ProposalId);
        Assert.NotNull(piste.GroupId);
        Assert.Equal("groupe", record.Proposals.Single(p => p.Id == defi).OutcomeKey);
        Assert.Equal(piste.GroupId, Assert.Single(record.GroupIds));
    }

    [Fact]
    public async Task ANamedAnimatorRehearsesTheEveningInAPracticeSoireeLinkedToNothingAndForgottenOnceClosed()
    {
        var created = await _client.CreateAsync();
        var d = $"/api/demarches/{created.DemarcheId}";
        var visitor = await _client.VisitorAsync(created.ConsultationCode);
        var defi = await _client.ProposeAsync(created.ConsultationCode, visitor, new ProposalRequest("defi", "Se loger au pays", "Comment loger les jeunes qui travaillent ici ?"));
        await _client.OkAsync(HttpMethod.Put, $"{d}/plan", created.CoordinatorToken, new PlanRequest("Soirée de Vals", null, [defi]));
        await _client.OkAsync(HttpMethod.Put, $"{d}/animators/anim-2", created.CoordinatorToken, new AnimatorRequest("Luc", "coAnimateur"));
        var luc = DemarcheClient.Token((await (await _client.SendAsync(HttpMethod.Post, $"{d}/animators/anim-2/link", created.CoordinatorToken, null)).Content.ReadFromJsonAsync<DemarcheLink>())!.Url);

        var response = await _client.SendAsync(HttpMethod.Post, $"{d}/practice", luc, null);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var practice = (await response.Content.ReadFromJsonAsync<CreatedPractice>())!;
        Assert.Contains("/j/", practice.PhoneUrl, StringComparison.Ordinal);
        var sessions = new SessionClient(_client.Http);
        var session = new CreatedSession(practice.SessionId, string.Empty, string.Empty, string.Empty, practice.AnimatorToken, practice.ConsoleUrl, 0);
        var snapshot = await sessions.SnapshotAsync(session);
        Assert.Equal("Répétition — Soirée de Vals", Wire.Text(snapshot, "title"));
        Assert.Equal(["emergence"], Wire.List(snapshot, "workshops").Select(w => Wire.Text(w, "format")));

        var page = await _client.PageAsync(created.DemarcheId, created.CoordinatorToken);
        Assert.Empty(page.GetProperty("soirees").EnumerateArray());
        Assert.Equal("retenue", DemarcheClient.Proposal(await _client.ConsultationAsync(created.ConsultationCode), defi).GetProperty("outcome").GetProperty("key").GetString());

        // Closed, it is purged at the next sweep instead of being kept for the retention period.
        await using (var animator = await LiveClient.ConnectAsync(app.Server, practice.AnimatorToken, Protocol.Json))
        {
            await animator.InvokeAsync("CloseSession");
        }

        var store = app.Services.GetRequiredService<StartupTerritoire.WorkshopEngine.Storage.ISessionStore>();
        app.Time.Advance(TimeSpan.FromSeconds(1));
        await Eventually.TrueAsync(async () =>
        {
            await store.PurgeExpiredAsync(app.Time.GetUtcNow());
            return await store.GetVersionAsync(practice.SessionId) == 0;
        }, TimeSpan.FromSeconds(10), "the closed practice soirée is purged");
    }

    [Fact]
    public async Task ThePageAnswersNotModifiedWhileNothingItShowsChangedAndEachCallerHasItsOwnTag()
    {
        var created = await _client.CreateAsync();
        var d = $"/api/demarches/{created.DemarcheId}";
        var coordinator = created.CoordinatorToken;
        await _client.OkAsync(HttpMethod.Put, $"{d}/partners/pays", coordinator,
            new PartnerRequest("Pays de l'Ardèche méridionale", "collectivites", "premier", new ContactDetails("Hélène Roux", "helene@example.fr", null)));
        await _client.OkAsync(HttpMethod.Put, $"{d}/animators/anim-1", coordinator, new AnimatorRequest("Camille", "animateur"));
        var animator = DemarcheClient.Token((await (await _client.SendAsync(HttpMethod.Post, $"{d}/animators/anim-1/link", coordinator, null))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!);

        var first = await _client.SendAsync(HttpMethod.Get, d, coordinator, null);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var tag = first.Headers.ETag ?? throw new InvalidOperationException("The page has no ETag.");
        Assert.Contains("Authorization", first.Headers.Vary);
        var unchanged = await _client.GetAsync(d, coordinator, tag);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());

        // The named animator never gets the coordinator's page, which holds the partners' contacts.
        var asAnimator = await _client.GetAsync(d, animator, tag);
        Assert.Equal(HttpStatusCode.OK, asAnimator.StatusCode);
        Assert.NotEqual(tag, asAnimator.Headers.ETag);
        Assert.DoesNotContain("helene@example.fr", await asAnimator.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotModified, (await _client.GetAsync(d, animator, asAnimator.Headers.ETag!)).StatusCode);

        // A change of the démarche, of its consultation, of its soirée or of its group gives the page again.
        async Task<System.Net.Http.Headers.EntityTagHeaderValue> ChangedAsync(System.Net.Http.Headers.EntityTagHeaderValue held)
        {
            var again = await _client.GetAsync(d, coordinator, held);
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.NotEqual(held, again.Headers.ETag);
            Assert.Equal(HttpStatusCode.NotModified, (await _client.GetAsync(d, coordinator, again.Headers.ETag!)).StatusCode);
            return again.Headers.ETag!;
        }

        await _client.OkAsync(HttpMethod.Put, $"{d}/partners/cigales", coordinator, new PartnerRequest("Club Cigales", "financeurs", "rejoint"));
        tag = await ChangedAsync(tag);
        var visitor = await _client.VisitorAsync(created.ConsultationCode);
        var defi = await _client.ProposeAsync(created.ConsultationCode, visitor, new ProposalRequest("defi", "Garder nos jeunes", "Comment donner envie aux jeunes de rester ?"));
        tag = await ChangedAsync(tag);
        await _client.OkAsync(HttpMethod.Put, $"{d}/plan", coordinator, new PlanRequest("Soirée de Joyeuse", null, [defi]));
        var soiree = (await (await _client.SendAsync(HttpMethod.Post, $"{d}/soirees", coordinator, null)).Content.ReadFromJsonAsync<CreatedSoiree>())!;
        tag = await ChangedAsync(tag);
        var sessions = new SessionClient(_client.Http);
        var snapshot = await sessions.SnapshotAsync(new CreatedSession(soiree.SessionId, string.Empty, string.Empty, string.Empty, soiree.AnimatorToken, soiree.ConsoleUrl, 0));
        await sessions.JoinAsync(Wire.Text(snapshot, "joinCode")!, "Bruno");
        tag = await ChangedAsync(tag);
        var groups = new GroupClient(_client.Http);
        var group = await groups.CreateAsync("Atelier vélo de Lalevade", "Réparer les vélos du canton");
        await _client.OkAsync(HttpMethod.Post, $"{d}/groups", coordinator, new LinkGroupRequest(group.JoinCode));
        tag = await ChangedAsync(tag);
        await groups.OkAsync(HttpMethod.Put, $"/api/groups/{group.GroupId}/card", GroupClient.Token(group.Seats[0]),
            new { name = "Atelier vélo de Lalevade", promise = "Réparer les vélos du canton", stage = "launched" });
        await ChangedAsync(tag);
    }

    [Fact]
    public async Task AGroupStartedFromScratchIsLinkedByItsCode()
    {
        var created = await _client.CreateAsync();
        var group = await new GroupClient(_client.Http).CreateAsync("Atelier vélo de Lalevade", "Réparer les vélos du canton");

        await _client.OkAsync(HttpMethod.Post, $"/api/demarches/{created.DemarcheId}/groups", created.CoordinatorToken, new LinkGroupRequest(group.JoinCode));
        await _client.OkAsync(HttpMethod.Post, $"/api/demarches/{created.DemarcheId}/groups", created.CoordinatorToken, new LinkGroupRequest(group.JoinCode));

        var page = await _client.PageAsync(created.DemarcheId, created.CoordinatorToken);
        var linked = Assert.Single(page.GetProperty("groups").EnumerateArray());
        Assert.Equal("Atelier vélo de Lalevade", linked.GetProperty("name").GetString());
        Assert.Equal("exploration", linked.GetProperty("stage").GetString());
        Assert.Equal("enCours", page.GetProperty("phases")[2].GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.SendAsync(HttpMethod.Post, $"/api/demarches/{created.DemarcheId}/groups", created.CoordinatorToken,
            new LinkGroupRequest(created.ConsultationCode))).StatusCode);
    }

    [Fact]
    public async Task AFicheProjetFromAnotherTerritoryBecomesAnEssaimagePickedIntoThePlan()
    {
        var created = await _client.CreateAsync("Start'up de Territoire Haut-Jura 2027", "Haut-Jura");
        var fiche = JsonDocument.Parse("""
            {
              "$id": "https://startup-territoire.example/schemas/fiche-projet.schema.json",
              "schemaVersion": 1,
              "name": "Légumerie du plateau",
              "promise": "Des légumes épluchés pour les cantines du canton",
              "territory": "Ardèche méridionale",
              "theme": "transformationAlimentaire",
              "stage": "lancement",
              "description": "Une légumerie associative qui livre six cantines.",
              "successFactors": ["Une chambre froide partagée", { "block": "partenaires", "text": "Les cantines du canton" }],
              "needs": [], "offers": [], "milestones": [],
              "source": { "demarche": "Start'up de Territoire Ardèche méridionale 2026", "groupId": "group-x", "exportedAt": "2026-11-02T10:00:00Z" }
            }
            """).RootElement;

        var response = await _client.SendAsync(HttpMethod.Post, $"/api/demarches/{created.DemarcheId}/fiches", created.CoordinatorToken, fiche);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var proposalId = (await response.Content.ReadFromJsonAsync<ImportedProposal>())!.ProposalId;

        var pick = Assert.Single((await _client.PageAsync(created.DemarcheId, created.CoordinatorToken)).GetProperty("plan").GetProperty("picks").EnumerateArray());
        Assert.Equal(proposalId, pick.GetProperty("proposalId").GetString());
        Assert.Equal("essaimage", pick.GetProperty("format").GetString());
        var proposal = DemarcheClient.Proposal(await _client.ConsultationAsync(created.ConsultationCode), proposalId);
        Assert.Equal("fiche", proposal.GetProperty("source").GetString());
        Assert.Equal("projetAilleurs", proposal.GetProperty("kind").GetString());
        Assert.Equal("Ardèche méridionale", proposal.GetProperty("where").GetString());
        Assert.Equal("Légumerie du plateau", proposal.GetProperty("title").GetString());
        Assert.Equal("Une légumerie associative qui livre six cantines.", proposal.GetProperty("text").GetString());
        Assert.Equal("Des légumes épluchés pour les cantines du canton", proposal.GetProperty("why").GetString());
        Assert.Equal("transformationAlimentaire", proposal.GetProperty("theme").GetString());

        var soiree = (await (await _client.SendAsync(HttpMethod.Post, $"/api/demarches/{created.DemarcheId}/soirees", created.CoordinatorToken, null)).Content.ReadFromJsonAsync<CreatedSoiree>())!;
        var snapshot = await new SessionClient(_client.Http).SnapshotAsync(new CreatedSession(soiree.SessionId, string.Empty, string.Empty, string.Empty, soiree.AnimatorToken, string.Empty, 0));
        var sheet = Wire.Get(Assert.Single(Wire.List(snapshot, "workshops")), "input", "externalProject");
        Assert.Equal("Légumerie du plateau", Wire.Text(sheet, "name"));
        Assert.Equal(["Une chambre froide partagée", "Les cantines du canton"], Wire.List(sheet, "successFactors").Select(f => Wire.Text(f)));

        var wrongVersion = JsonDocument.Parse("""{ "schemaVersion": 7, "name": "X" }""").RootElement;
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.SendAsync(HttpMethod.Post, $"/api/demarches/{created.DemarcheId}/fiches", created.CoordinatorToken, wrongVersion)).StatusCode);
        // A group's stage is not a fiche's: the schema's stages are the portfolio's.
        var groupStage = JsonDocument.Parse("""{ "schemaVersion": 1, "name": "X", "stage": "launched" }""").RootElement;
        var offSchema = await _client.SendAsync(HttpMethod.Post, $"/api/demarches/{created.DemarcheId}/fiches", created.CoordinatorToken, groupStage);
        Assert.Equal(HttpStatusCode.BadRequest, offSchema.StatusCode);
        Assert.Contains("stage", (await offSchema.Content.ReadFromJsonAsync<ApiError>())!.Message, StringComparison.Ordinal);
        using var notJson = new HttpRequestMessage(HttpMethod.Post, $"/api/demarches/{created.DemarcheId}/fiches")
        {
            Content = new StringContent("{ pas du json", System.Text.Encoding.UTF8, "application/json"),
            Headers = { Authorization = new("Bearer", created.CoordinatorToken) },
        };
        var refused = await _client.Http.SendAsync(notJson);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("input.invalid", (await refused.Content.ReadFromJsonAsync<ApiError>())!.Code);
        // The evening consumed the plan; the refused fiches added nothing to it.
        Assert.Empty((await _client.PageAsync(created.DemarcheId, created.CoordinatorToken)).GetProperty("plan").GetProperty("picks").EnumerateArray());
    }
}
