using StartupTerritoire.Server.Access;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Sessions;
using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Demarches;

/// <summary>
/// The démarche's links: the coordinator's and each named animator's secret link (a credential whose token's hash
/// only is kept, the token after '#'), the consultation's public link, and a porteur's personal link to a soirée.
/// </summary>
internal sealed class DemarcheLinks(ISessionStore store, PublicLinks links, TimeProvider time)
{
    public string Consultation(HttpRequest request, string code) => $"{links.Base(request)}/c/{code}";

    /// <summary>Issues a credential on the démarche and returns its page's link.</summary>
    public async Task<(string Token, string Url)> IssueAsync(HttpRequest request, string demarcheId, Role role, string principalId, CancellationToken cancellationToken)
    {
        var token = TokenHasher.NewToken();
        await StoreFaults.Guard(() => store.SaveCredentialAsync(
            new Credential(TokenHasher.Hash(token), demarcheId, role, principalId, null, time.GetUtcNow()), cancellationToken));
        return (token, $"{links.Base(request)}/d/{demarcheId}#{token}");
    }

    /// <summary>
    /// A porteur's personal link: the soirée's join page with the participant already joined for them after '#',
    /// which the phone keeps as its own join.
    /// </summary>
    public string Holder(HttpRequest request, string joinCode, string participantId, string token, string nickname) =>
        $"{links.Join(request, joinCode)}#p={Uri.EscapeDataString(participantId)}&t={Uri.EscapeDataString(token)}&n={Uri.EscapeDataString(nickname)}";
}
