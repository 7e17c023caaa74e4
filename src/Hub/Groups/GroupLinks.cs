using StartupTerritoire.Server.Access;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Sessions;
using StartupTerritoire.Server.Web;
using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Groups;

/// <summary>
/// Makes a group's secret links: a credential for the principal (only its token's hash is kept), the link with the
/// token after '#', and its QR code drawn here so the secret never travels in a URL to be drawn elsewhere.
/// </summary>
internal sealed class GroupLinks(ISessionStore store, PublicLinks links, TimeProvider time)
{
    public string Join(HttpRequest request, string joinCode) => $"{links.Base(request)}/g/{joinCode}";

    public async Task<GroupLink> SeatAsync(HttpRequest request, string groupId, int seat, string principalId, CancellationToken cancellationToken)
    {
        var url = await IssueAsync(request, groupId, Role.CoAnimator, principalId, cancellationToken);
        return new GroupLink("seat", $"Co-animateur {seat}", url, JoinQrCode.Svg(url), Seat: seat);
    }

    public async Task<GroupLink> InvitationAsync(HttpRequest request, string groupId, string invitationId, string nickname, CancellationToken cancellationToken)
    {
        var url = await IssueAsync(request, groupId, Role.Participant, invitationId, cancellationToken);
        return new GroupLink("invitation", nickname, url, JoinQrCode.Svg(url), InvitationId: invitationId);
    }

    private async Task<string> IssueAsync(HttpRequest request, string groupId, Role role, string principalId, CancellationToken cancellationToken)
    {
        var token = TokenHasher.NewToken();
        await StoreFaults.Guard(() => store.SaveCredentialAsync(
            new Credential(TokenHasher.Hash(token), groupId, role, principalId, null, time.GetUtcNow()), cancellationToken));
        return $"{links.Base(request)}/gr/{groupId}#{token}";
    }
}
