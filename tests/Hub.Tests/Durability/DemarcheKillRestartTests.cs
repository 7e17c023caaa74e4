using StartupTerritoire.Server.Consultations;
using StartupTerritoire.Server.Demarches;
using StartupTerritoire.Server.Tests.Infrastructure;
using StartupTerritoire.WorkshopEngine.Pistes;

namespace StartupTerritoire.Server.Tests.Durability;

/// <summary>
/// A démarche and its consultation survive a SIGKILL of the server on SQLite: everything acknowledged (partners, an
/// animator, the plan, proposals, supports, comments) is there after the restart, the coordinator's and the
/// visitor's tokens still work, and a support sent again still counts once.
/// </summary>
public sealed class DemarcheKillRestartTests
{
    [Fact]
    public async Task ADemarcheAndItsConsultationSurviveAKilledServerOnSqlite()
    {
        var folder = HubProcess.NewDataFolder();
        try
        {
            await using var node = await HubProcess.StartSqliteAsync(folder, HubProcess.MachineSpeed);
            var client = new DemarcheClient(node.CreateClient());
            var created = await client.CreateAsync();
            var d = $"/api/demarches/{created.DemarcheId}";
            var code = created.ConsultationCode;
            await client.OkAsync(HttpMethod.Put, $"{d}/partners/pays", created.CoordinatorToken,
                new PartnerRequest("Pays de l'Ardèche méridionale", "collectivites", "premier", new ContactDetails("Hélène Roux", "helene@example.fr", null)));
            await client.OkAsync(HttpMethod.Put, $"{d}/animators/anim-1", created.CoordinatorToken, new AnimatorRequest("Camille", "animateur"));
            var visitor = await client.VisitorAsync(code);
            var defi = await client.ProposeAsync(code, visitor, new ProposalRequest("defi", "Se déplacer sans voiture", "Comment aller travailler sans voiture ?"));
            await client.OkAsync(HttpMethod.Put, $"/api/consultations/{code}/proposals/{defi}/support", visitor, null);
            await client.OkAsync(HttpMethod.Put, $"/api/consultations/{code}/proposals/{defi}/comments/c-1", visitor, new CommentRequest("Et le vélo ?"));
            await client.OkAsync(HttpMethod.Put, $"{d}/plan", created.CoordinatorToken, new PlanRequest("Soirée de Joyeuse", null, [defi]));
            var page = (await client.PageAsync(created.DemarcheId, created.CoordinatorToken)).GetRawText();
            var consultation = (await client.ConsultationAsync(code, visitor)).GetRawText();

            var before = node.BaseAddress.ToString().TrimEnd('/');
            await node.KillAsync();
            await node.RestartAsync();
            client = new DemarcheClient(node.CreateClient());

            // The restarted server listens on another port; the consultation's link names it.
            page = page.Replace(before, node.BaseAddress.ToString().TrimEnd('/'), StringComparison.Ordinal);

            Assert.Equal(page, (await client.PageAsync(created.DemarcheId, created.CoordinatorToken)).GetRawText());
            Assert.Equal(consultation, (await client.ConsultationAsync(code, visitor)).GetRawText());
            var version = await client.OkAsync(HttpMethod.Put, $"/api/consultations/{code}/proposals/{defi}/support", visitor, null);
            Assert.Equal(1, DemarcheClient.Proposal(await client.ConsultationAsync(code), defi).GetProperty("supports").GetInt32());
            Assert.Equal(version, (await client.ConsultationAsync(code)).GetProperty("version").GetInt64());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
