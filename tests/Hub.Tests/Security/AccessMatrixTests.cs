using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Realtime;
using StartupTerritoire.Server.Tests.Infrastructure;
using StartupTerritoire.Server.Tests.Realtime;
using StartupTerritoire.WorkshopEngine.Access;

namespace StartupTerritoire.Server.Tests.Security;

/// <summary>
/// Every HTTP endpoint, found in the server's own endpoint data source, called by every kind of caller: no token, a
/// made-up one, the token of a purged soirée, another soirée's, and each role's. The hub's methods get the same
/// callers (their per-role matrix is in <see cref="AuthorizationTests"/>). Refusals change nothing.
/// </summary>
public sealed class AccessMatrixTests : IAsyncLifetime
{
    // The endpoints anyone may call: the pages, creating a soirée, the join flow and health. Any other endpoint must
    // name its roles; adding one here is a decision, not an accident.
    private static readonly string[] s_public =
    [
        "GET /", "GET /j/{code}", "GET /b/{sessionId}", "GET /a/{sessionId}", "GET /t/{sessionId}", "GET /gr/{groupId}", "GET /g/{code}",
        "GET /d/{demarcheId}", "GET /c/{code}", "GET /p/{demarcheId}",
        "POST /api/sessions", "POST /api/sessions/import", "GET /api/join/{code}", "POST /api/join/{code}", "GET /api/join/{code}/qr.svg",
        "GET /api/formats", "GET /api/server/addresses", "GET /healthz", "GET /readyz",
        // The operators' counts: numbers only, no soirée in them; Workshop:Metrics:AllowedNetworks narrows who may read them.
        "GET /metrics",
        "POST /api/groups", "GET /api/groups/join/{code}", "POST /api/groups/join/{code}", "GET /api/groups/join/{code}/qr.svg", "POST /api/groups/import",
        "POST /api/demarches", "GET /api/consultations/{code}", "GET /api/consultations/{code}/qr.svg", "POST /api/consultations/{code}/visitors",
        // A group's fiche projet: whole for its seats and members, and for anyone once the group published it (then its published fields only).
        "GET /api/groups/{groupId}/fiche.{format}",
        // A démarche's public page: only the projects that published, only what they published.
        "GET /api/public/demarches/{demarcheId}",
    ];

    // Calls that would take the matrix's own seat, member or group away from the rest of it; each is tested on its own.
    private static readonly string[] s_spent =
    [
        "POST /api/sessions/{sessionId}/groups/{groupId}/seats/{seat:int}", "POST /api/groups/{groupId}/seats/{seat:int}",
        "POST /api/groups/{groupId}/me/leave", "POST /api/groups/{groupId}/close",
    ];

    private readonly ShortRetentionApplication _app = new();
    private SessionClient _sessions = null!;

    public Task InitializeAsync()
    {
        _sessions = new SessionClient(_app.CreateClient());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public void EveryEndpointIsPublicOnPurposeOrNamesItsRoles()
    {
        var endpoints = Endpoints();
        Assert.NotEmpty(endpoints);
        foreach (var endpoint in endpoints)
        {
            var name = Name(endpoint);
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                Assert.Contains(name, s_public);
                continue;
            }

            Assert.True(endpoint.Metadata.GetMetadata<IAuthorizeData>() is not null, $"{name} neither requires a token nor is public");
            Assert.True(endpoint.Metadata.GetMetadata<HubMetadata>() is not null || endpoint.Metadata.GetMetadata<AllowAttribute>() is not null,
                $"{name} requires a token but names no roles");
        }
    }

    [Fact]
    public async Task EveryProtectedEndpointServesItsRolesAndRefusesEveryoneElseWithoutChangingAnything()
    {
        var session = await _sessions.CreateAsync(TabledSession());
        var other = await _sessions.CreateAsync(TabledSession());
        var tableId = Wire.Text(Wire.List(await _sessions.SnapshotAsync(session), "tables")[0], "id")!;
        var callers = new List<(string Name, string? Token, Role? Role, HttpStatusCode? Refusal)>
        {
            ("no token", null, null, HttpStatusCode.Unauthorized),
            ("made-up token", "bm90LWEtdG9rZW4tYXQtYWxsLWp1c3QtZ3Vlc3NlZC1ieS1zb21lb25l", null, HttpStatusCode.Unauthorized),
            ("purged soirée's animator", await PurgedTokenAsync(), null, HttpStatusCode.Unauthorized),
            ("another soirée's animator", other.AnimatorToken, null, HttpStatusCode.Forbidden),
        };
        foreach (var role in Enum.GetValues<Role>().Where(r => r != Role.System))
        {
            callers.Add(($"this soirée's {role}", await _sessions.TokenForAsync(session, role), role, null));
        }

        var group = await GroupOfAsync(session);
        var otherGroup = await GroupOfAsync(other);
        callers.Add(("a group's co-animator", group.SeatToken, null, HttpStatusCode.Forbidden));
        callers.Add(("a group's member", group.MemberToken, null, HttpStatusCode.Forbidden));
        var groupCallers = new List<(string Name, string? Token, Role? Role, HttpStatusCode? Refusal)>
        {
            ("no token", null, null, HttpStatusCode.Unauthorized),
            ("made-up token", "bm90LWEtdG9rZW4tYXQtYWxsLWp1c3QtZ3Vlc3NlZC1ieS1zb21lb25l", null, HttpStatusCode.Unauthorized),
            ("another group's co-animator", otherGroup.SeatToken, null, HttpStatusCode.Forbidden),
            ("another group's member", otherGroup.MemberToken, null, HttpStatusCode.Forbidden),
            ("the evening's animator", session.AnimatorToken, null, HttpStatusCode.Forbidden),
            ("the evening's board", await _sessions.TokenForAsync(session, Role.Board), null, HttpStatusCode.Forbidden),
            ("the evening's participant", await _sessions.TokenForAsync(session, Role.Participant), null, HttpStatusCode.Forbidden),
            ("this group's co-animator", group.SeatToken, Role.CoAnimator, null),
            ("this group's member", group.MemberToken, Role.Participant, null),
        };

        var protectedEndpoints = Endpoints().Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null).ToList();
        Assert.NotEmpty(protectedEndpoints);
        var groupEndpoints = protectedEndpoints.Where(e => e.RoutePattern.RawText!.TrimStart('/').StartsWith("api/groups/{groupId}", StringComparison.Ordinal)).ToList();
        // The dossier holds the group's members and, for its seats, their contacts: it must be among those the callers try.
        Assert.Contains("GET /api/groups/{groupId}/dossier.{format}", groupEndpoints.Select(Name));
        foreach (var endpoint in groupEndpoints)
        {
            var allowed = endpoint.Metadata.GetMetadata<AllowAttribute>()?.Roles;
            foreach (var caller in groupCallers)
            {
                if ((Name(endpoint).StartsWith("DELETE ", StringComparison.Ordinal) || s_spent.Contains(Name(endpoint))) && caller.Role is { } spender && allowed?.Contains(spender) == true)
                {
                    continue;
                }

                var before = await GroupVersionAsync(group);
                var response = await SendAsync(endpoint, session, tableId, caller.Token, group.GroupId);
                var because = $"{Name(endpoint)} called by {caller.Name}";
                if (caller.Refusal is { } refusal)
                {
                    Assert.True(refusal == response.StatusCode, $"{because}: {response.StatusCode}, expected {refusal}");
                }
                else if (allowed is not null && caller.Role is { } role && allowed.Contains(role))
                {
                    Assert.True(response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden), $"{because}: {response.StatusCode}");
                    continue;
                }
                else
                {
                    Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{because}: {response.StatusCode}, expected Forbidden");
                }

                Assert.Equal(before, await GroupVersionAsync(group));
            }
        }

        foreach (var endpoint in protectedEndpoints.Where(e => !e.RoutePattern.RawText!.TrimStart('/').StartsWith("api/groups/{groupId}", StringComparison.Ordinal) && !IsDemarcheSide(e)))
        {
            var allowed = endpoint.Metadata.GetMetadata<AllowAttribute>()?.Roles;
            foreach (var caller in callers)
            {
                // Deleting the soirée by its animator is tested with the exports; here it would end the matrix's soirée.
                if ((Name(endpoint).StartsWith("DELETE ", StringComparison.Ordinal) || s_spent.Contains(Name(endpoint))) && caller.Role is { } deleter && allowed?.Contains(deleter) == true)
                {
                    continue;
                }

                var before = Wire.Number(await _sessions.SnapshotAsync(session), "version");
                var response = await SendAsync(endpoint, session, tableId, caller.Token, group.GroupId);
                var because = $"{Name(endpoint)} called by {caller.Name}";
                // The hub's endpoints take any valid token: the connection then acts on the token's own soirée only.
                var refusal = caller.Refusal;
                if (endpoint.Metadata.GetMetadata<HubMetadata>() is not null && refusal == HttpStatusCode.Forbidden)
                {
                    refusal = null;
                }

                if (refusal is not null)
                {
                    Assert.True(refusal == response.StatusCode, $"{because}: {response.StatusCode}, expected {refusal}");
                }
                else if (allowed is null || caller.Role is not { } role || allowed.Contains(role))
                {
                    Assert.True(response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden), $"{because}: {response.StatusCode}");
                    continue;
                }
                else
                {
                    Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{because}: {response.StatusCode}, expected Forbidden");
                }

                Assert.Equal(before, Wire.Number(await _sessions.SnapshotAsync(session), "version"));
            }
        }
    }

    [Fact]
    public async Task EveryDemarcheAndConsultationEndpointServesItsRolesAndRefusesEveryoneElseWithoutChangingAnything()
    {
        var demarches = new DemarcheClient(_sessions.Http);
        var mine = await demarches.CreateAsync();
        var other = await demarches.CreateAsync();
        var d = $"/api/demarches/{mine.DemarcheId}";
        await demarches.OkAsync(HttpMethod.Put, $"{d}/animators/anim-m", mine.CoordinatorToken, new StartupTerritoire.Server.Demarches.AnimatorRequest("Camille", "animateur"));
        var link = await demarches.SendAsync(HttpMethod.Post, $"{d}/animators/anim-m/link", mine.CoordinatorToken, null);
        var animator = DemarcheClient.Token((await link.Content.ReadFromJsonAsync<StartupTerritoire.Server.Demarches.DemarcheLink>().DefaultTimeout())!.Url);
        var visitor = await demarches.VisitorAsync(mine.ConsultationCode);
        var otherVisitor = await demarches.VisitorAsync(other.ConsultationCode);
        var session = await _sessions.CreateAsync(TabledSession());
        var group = await GroupOfAsync(session);
        const string madeUp = "bm90LWEtdG9rZW4tYXQtYWxsLWp1c3QtZ3Vlc3NlZC1ieS1zb21lb25l";
        var demarcheCallers = new List<(string Name, string? Token, Role? Role, HttpStatusCode? Refusal)>
        {
            ("no token", null, null, HttpStatusCode.Unauthorized),
            ("made-up token", madeUp, null, HttpStatusCode.Unauthorized),
            ("another démarche's coordinator", other.CoordinatorToken, null, HttpStatusCode.Forbidden),
            ("a consultation visitor", visitor, null, HttpStatusCode.Forbidden),
            ("a group's co-animator", group.SeatToken, null, HttpStatusCode.Forbidden),
            ("the evening's animator", session.AnimatorToken, null, HttpStatusCode.Forbidden),
            ("the coordinator", mine.CoordinatorToken, Role.Animator, null),
            ("a named animator", animator, Role.CoAnimator, null),
        };
        var consultationCallers = new List<(string Name, string? Token, Role? Role, HttpStatusCode? Refusal)>
        {
            ("no token", null, null, HttpStatusCode.Unauthorized),
            ("made-up token", madeUp, null, HttpStatusCode.Unauthorized),
            ("the démarche's coordinator", mine.CoordinatorToken, null, HttpStatusCode.Forbidden),
            ("a named animator", animator, null, HttpStatusCode.Forbidden),
            ("another consultation's visitor", otherVisitor, null, HttpStatusCode.Forbidden),
            ("a group's co-animator", group.SeatToken, null, HttpStatusCode.Forbidden),
            ("the evening's animator", session.AnimatorToken, null, HttpStatusCode.Forbidden),
            ("a visitor", visitor, Role.Participant, null),
        };

        var endpoints = Endpoints().Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && IsDemarcheSide(e)).ToList();
        foreach (var expected in new[] { "GET /api/demarches/{demarcheId}/", "PUT /api/demarches/{demarcheId}/plan", "POST /api/demarches/{demarcheId}/soirees",
            "POST /api/demarches/{demarcheId}/practice", "PUT /api/consultations/{code}/proposals/{proposalId}/support" })
        {
            Assert.True(endpoints.Select(Name).Contains(expected), $"{expected} is not among {string.Join(", ", endpoints.Select(Name))}");
        }

        async Task<(long, long)> VersionsAsync() =>
            ((await demarches.PageAsync(mine.DemarcheId, mine.CoordinatorToken)).GetProperty("version").GetInt64(),
             (await demarches.ConsultationAsync(mine.ConsultationCode)).GetProperty("version").GetInt64());

        foreach (var endpoint in endpoints)
        {
            var allowed = endpoint.Metadata.GetMetadata<AllowAttribute>()?.Roles;
            var callers = endpoint.RoutePattern.RawText!.TrimStart('/').StartsWith("api/consultations/", StringComparison.Ordinal) ? consultationCallers : demarcheCallers;
            foreach (var caller in callers)
            {
                // Taking the matrix's animator off, or hiding a proposal, is tested on its own.
                if (Name(endpoint).StartsWith("DELETE ", StringComparison.Ordinal) && caller.Role is { } remover && allowed?.Contains(remover) == true)
                {
                    continue;
                }

                var before = await VersionsAsync();
                var path = "/" + endpoint.RoutePattern.RawText!.TrimStart('/')
                    .Replace("{demarcheId}", mine.DemarcheId, StringComparison.Ordinal)
                    .Replace("{code}", mine.ConsultationCode, StringComparison.Ordinal)
                    .Replace("{animatorId}", "anim-m", StringComparison.Ordinal)
                    .Replace("{partnerId}", "x-1", StringComparison.Ordinal)
                    .Replace("{proposalId}", "x-1", StringComparison.Ordinal)
                    .Replace("{commentId}", "x-1", StringComparison.Ordinal)
                    .Replace("{format}", "json", StringComparison.Ordinal);
                var method = new HttpMethod(endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods[0]);
                var response = await demarches.SendAsync(method, path, caller.Token, method == HttpMethod.Post || method == HttpMethod.Put ? new { tableId = "t" } : null);
                var because = $"{Name(endpoint)} called by {caller.Name}";
                if (caller.Refusal is { } refusal)
                {
                    Assert.True(refusal == response.StatusCode, $"{because}: {response.StatusCode}, expected {refusal}");
                }
                else if (allowed is not null && caller.Role is { } role && allowed.Contains(role))
                {
                    Assert.True(response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden), $"{because}: {response.StatusCode}");
                    continue;
                }
                else
                {
                    Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{because}: {response.StatusCode}, expected Forbidden");
                }

                Assert.Equal(before, await VersionsAsync());
            }
        }
    }

    [Fact]
    public async Task AnotherSessionsTokensChangeNothingHereWhateverTheyCall()
    {
        var mine = await _sessions.CreateAsync(TabledSession());
        var theirs = await _sessions.CreateAsync(TabledSession());
        var before = (await _sessions.SnapshotAsync(mine)).GetRawText();
        var tokens = new List<string>();
        foreach (var role in Enum.GetValues<Role>().Where(r => r != Role.System))
        {
            tokens.Add(await _sessions.TokenForAsync(theirs, role));
        }

        foreach (var token in tokens)
        {
            await using var client = await LiveClient.ConnectAsync(_app.Server, token, Protocol.Json);
            Assert.NotEqual(mine.SessionId, (await client.SyncAsync(0)).Me.SessionId);
            foreach (var method in AuthorizationTests.HubMethods())
            {
                try
                {
                    await client.Connection.InvokeCoreAsync(method.Name, HubArguments.ResultType(method), HubArguments.Plausible(method)).DefaultTimeout();
                }
                catch (HubException)
                {
                    // Refused or not applicable in their soirée; either way, only theirs could have changed.
                }
            }
        }

        Assert.Equal(before, (await _sessions.SnapshotAsync(mine)).GetRawText());
    }

    [Fact]
    public async Task TokensOfAPurgedSessionAreRefusedAndAnOpenConnectionCanNoLongerWrite()
    {
        var session = await _sessions.CreateAsync(TabledSession());
        var participant = await _sessions.TokenForAsync(session, Role.Participant);
        await using var stillOpen = await LiveClient.ConnectAsync(_app.Server, participant, Protocol.Json);
        await PurgeAsync(session);

        foreach (var token in new[] { session.AnimatorToken, participant })
        {
            var socket = _app.Server.CreateWebSocketClient();
            socket.ConfigureRequest = request => request.Headers.Authorization = $"Bearer {token}";
            var refused = await Assert.ThrowsAnyAsync<Exception>(() => socket.ConnectAsync(new Uri(_app.Server.BaseAddress, "/hubs/workshop"), CancellationToken.None).DefaultTimeout());
            Assert.Contains("401", refused.Message, StringComparison.Ordinal);
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{session.SessionId}/snapshot");
            request.Headers.Authorization = new("Bearer", token);
            Assert.Equal(HttpStatusCode.Unauthorized, (await _sessions.Http.SendAsync(request).DefaultTimeout()).StatusCode);
        }

        Assert.Equal("session.not_found", await HubErrors.CodeOfAsync(() => stillOpen.InvokeAsync("Rename", null, "Fantôme")));
    }

    private static object TabledSession() => new
    {
        title = "Soirée",
        open = true,
        workshops = new object[] { new { id = "w", format = "emergence", title = "Défi", challenge = "Comment ?" } },
        tables = new object[] { new { name = "Table 1", workshop = 0 } },
    };

    /// <summary>An animator token whose soirée was closed and then purged at the end of its retention.</summary>
    private async Task<string> PurgedTokenAsync()
    {
        var session = await _sessions.CreateAsync(TabledSession());
        await PurgeAsync(session);
        return session.AnimatorToken;
    }

    private async Task PurgeAsync(CreatedSession session)
    {
        await using (var animator = await LiveClient.ConnectAsync(_app.Server, session.AnimatorToken, Protocol.Json))
        {
            await animator.InvokeAsync("CloseSession");
        }

        // Past the retention the sweep purges the soirée at its next tick.
        _app.Time.Advance(ShortRetentionApplication.Retention + TimeSpan.FromSeconds(2));
        await Eventually.TrueAsync(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{session.SessionId}/snapshot");
            request.Headers.Authorization = new("Bearer", session.AnimatorToken);
            return (await _sessions.Http.SendAsync(request).DefaultTimeout()).StatusCode == HttpStatusCode.Unauthorized;
        }, TimeSpan.FromSeconds(10), "the purged soirée's token is refused");
    }

    private static bool IsDemarcheSide(RouteEndpoint endpoint) =>
        endpoint.RoutePattern.RawText!.TrimStart('/') is var path
        && (path.StartsWith("api/demarches/{demarcheId}", StringComparison.Ordinal) || path.StartsWith("api/consultations/{code}", StringComparison.Ordinal));

    private List<RouteEndpoint> Endpoints() =>
        [.. _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()];

    private static string Name(RouteEndpoint endpoint)
    {
        var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"];
        return $"{string.Join(",", methods)} /{endpoint.RoutePattern.RawText!.TrimStart('/')}";
    }

    /// <summary>A group born from a piste of the soirée, with a seat's token and a member's (joined by the code).</summary>
    private async Task<MatrixGroup> GroupOfAsync(CreatedSession session)
    {
        await using (var animator = await LiveClient.ConnectAsync(_app.Server, session.AnimatorToken, Protocol.Json))
        {
            await animator.InvokeAsync("PromoteToPiste", "w", "p-matrix", null, "Une piste libre");
        }

        using var create = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{session.SessionId}/groups") { Content = JsonContent.Create(new { pisteId = "p-matrix" }) };
        create.Headers.Authorization = new("Bearer", session.AnimatorToken);
        var created = (await (await _sessions.Http.SendAsync(create).DefaultTimeout()).Content.ReadFromJsonAsync<StartupTerritoire.Server.Groups.CreatedGroup>().DefaultTimeout())!;
        var joined = await _sessions.Http.PostAsJsonAsync($"/api/groups/join/{created.JoinCode}", new { nickname = "Bruno" }).DefaultTimeout();
        var member = (await joined.Content.ReadFromJsonAsync<StartupTerritoire.Server.Groups.GroupJoined>().DefaultTimeout())!;
        var seat = created.Seats[0].Url;
        return new MatrixGroup(created.GroupId, seat[(seat.IndexOf('#', StringComparison.Ordinal) + 1)..], member.Token);
    }

    private async Task<long> GroupVersionAsync(MatrixGroup group)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/groups/{group.GroupId}");
        request.Headers.Authorization = new("Bearer", group.SeatToken);
        var page = await (await _sessions.Http.SendAsync(request).DefaultTimeout()).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>().DefaultTimeout();
        return page.GetProperty("group").GetProperty("version").GetInt64();
    }

    private async Task<HttpResponseMessage> SendAsync(RouteEndpoint endpoint, CreatedSession session, string tableId, string? token, string groupId)
    {
        var path = "/" + endpoint.RoutePattern.RawText!.TrimStart('/')
            .Replace("{groupId}", groupId, StringComparison.Ordinal)
            .Replace("{seat:int}", "1", StringComparison.Ordinal)
            .Replace("{number:int}", "1", StringComparison.Ordinal)
            .Replace("{itemId}", "x-1", StringComparison.Ordinal)
            .Replace("{milestoneId}", "x-1", StringComparison.Ordinal)
            .Replace("{actionId}", "x-1", StringComparison.Ordinal)
            .Replace("{meetingId}", "x-1", StringComparison.Ordinal)
            .Replace("{memberId}", "x-1", StringComparison.Ordinal)
            .Replace("{sessionId}", session.SessionId, StringComparison.Ordinal)
            .Replace("{code}", session.JoinCode, StringComparison.Ordinal)
            .Replace("{format}", "json", StringComparison.Ordinal);
        var method = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.FirstOrDefault() ?? HttpMethods.Post;
        if (endpoint.Metadata.GetMetadata<HubMetadata>() is not null)
        {
            // Negotiate, or a long-polling send to a connection that does not exist: both answer at once.
            method = HttpMethods.Post;
            path += path.EndsWith("/negotiate", StringComparison.Ordinal) ? "?negotiateVersion=1" : "?id=none";
        }

        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == HttpMethods.Post || method == HttpMethods.Put)
        {
            request.Content = JsonContent.Create(new LinkRequest(tableId));
        }

        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        return await _sessions.Http.SendAsync(request).DefaultTimeout();
    }

    private sealed record MatrixGroup(string GroupId, string SeatToken, string MemberToken);
}
