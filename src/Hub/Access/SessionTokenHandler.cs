using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using StartupTerritoire.Server.Sessions;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Access;

/// <summary>
/// Authenticates a request by its session token: "Authorization: Bearer …", or the <c>access_token</c> query value
/// that browsers must use for WebSockets and server-sent events. The token is looked up by its hash.
/// </summary>
internal sealed class SessionTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ISessionStore store,
    CredentialCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "SessionToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = ReadToken();
        if (string.IsNullOrEmpty(token))
        {
            return AuthenticateResult.NoResult();
        }

        if (token.Length > TokenHasher.MaxTokenLength)
        {
            return AuthenticateResult.Fail("Malformed token.");
        }

        var hash = TokenHasher.Hash(token);
        var credential = cache.Find(hash) ?? await StoreFaults.Guard(() => store.FindCredentialAsync(hash, Context.RequestAborted));
        if (credential is null)
        {
            return AuthenticateResult.Fail("Unknown token.");
        }

        cache.Remember(credential);
        return AuthenticateResult.Success(new AuthenticationTicket(WorkshopClaims.ToPrincipal(credential, SchemeName), SchemeName));
    }

    private string? ReadToken()
    {
        string? header = Request.Headers.Authorization;
        if (header is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        return Request.Query.TryGetValue("access_token", out var query) ? query.ToString() : null;
    }
}
