using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using StartupTerritoire.Server.Realtime;
using StartupTerritoire.Server.Tests.Infrastructure;
using StartupTerritoire.WorkshopEngine.Access;

namespace StartupTerritoire.Server.Tests.Realtime;

public sealed class AuthorizationTests(WorkshopApplication app) : IClassFixture<WorkshopApplication>
{
    private static readonly Role[] s_callerRoles = [Role.Animator, Role.CoAnimator, Role.Participant, Role.Board];
    private readonly WorkshopApplication _app = app;
    private readonly SessionClient _sessions = new(app.CreateClient());

    /// <summary>Every method a client can call, found by reflection so a new one cannot escape the checks.</summary>
    public static IEnumerable<MethodInfo> HubMethods() => typeof(WorkshopHub)
        .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        .Where(m => !m.IsSpecialName && m.Name is not (nameof(WorkshopHub.OnConnectedAsync)) and not "OnDisconnectedAsync" and not "Dispose");

    /// <summary>For each hub method, each role it does not allow.</summary>
    public static TheoryData<string, Role> ForbiddenCalls()
    {
        var data = new TheoryData<string, Role>();
        foreach (var method in HubMethods())
        {
            var allowed = method.GetCustomAttribute<AllowAttribute>()?.Roles ?? [];
            foreach (var role in s_callerRoles.Except(allowed))
            {
                data.Add(method.Name, role);
            }
        }

        return data;
    }

    [Fact]
    public void EveryHubMethodNamesTheRolesThatMayCallIt()
    {
        var methods = HubMethods().ToList();
        Assert.NotEmpty(methods);
        var missing = methods.Where(m => m.GetCustomAttribute<AllowAttribute>() is not { Roles.Count: > 0 }).Select(m => m.Name).ToList();
        Assert.True(missing.Count == 0, $"Hub methods without an [Allow] rule: {string.Join(", ", missing)}");
    }

    [Fact]
    public void BoardsMayOnlyRead()
    {
        var boardMethods = HubMethods().Where(m => m.GetCustomAttribute<AllowAttribute>()!.Roles.Contains(Role.Board)).Select(m => m.Name).Order();
        Assert.Equal(["ServerTime", "Sync"], boardMethods);
    }

    [Theory]
    [MemberData(nameof(ForbiddenCalls))]
    public async Task RoleOutsideAMethodsRuleIsRefusedAndNothingChanges(string methodName, Role role)
    {
        var session = await _sessions.CreateAsync(new
        {
            title = "Soirée",
            open = true,
            workshops = new object[] { new { id = "w", format = "emergence", title = "Défi", challenge = "Comment ?" } },
            tables = new object[] { new { name = "Table 1", workshop = 0 } },
        });
        var token = await _sessions.TokenForAsync(session, role);
        await using var client = await LiveClient.ConnectAsync(_app.Server, token, Protocol.Json);
        var before = (await client.SyncAsync(0)).Version;

        var method = typeof(WorkshopHub).GetMethod(methodName)!;
        var args = HubArguments.Plausible(method);
        Assert.Equal("auth.forbidden", await HubErrors.CodeOfAsync(() => client.Connection.InvokeCoreAsync(methodName, HubArguments.ResultType(method), args).DefaultTimeout()));

        Assert.Equal(before, (await client.SyncAsync(0)).Version);
    }

    [Fact]
    public async Task HubRefusesAConnectionWithoutAValidToken()
    {
        await Assert.ThrowsAnyAsync<Exception>(() => LiveClient.ConnectAsync(_app.Server, "not-a-token", Protocol.Json));
    }

    [Fact]
    public async Task TokenOfAnotherSessionGetsNothingFromThisOne()
    {
        var mine = await _sessions.CreateAsync();
        var theirs = await _sessions.CreateAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{mine.SessionId}/snapshot");
        request.Headers.Authorization = new("Bearer", theirs.AnimatorToken);
        var response = await _sessions.Http.SendAsync(request).DefaultTimeout();
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);

        using var link = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{mine.SessionId}/links/board") { Content = JsonContent.Create(new { }) };
        link.Headers.Authorization = new("Bearer", theirs.AnimatorToken);
        Assert.Equal(HttpStatusCode.Forbidden, (await _sessions.Http.SendAsync(link).DefaultTimeout()).StatusCode);
    }

    [Fact]
    public async Task ParticipantCannotMakeLinksAndAnonymousCallerCannotReadSnapshots()
    {
        var session = await _sessions.CreateAsync();
        var joined = await _sessions.JoinAsync(session.JoinCode, "Jeanne");
        using var link = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{session.SessionId}/links/board") { Content = JsonContent.Create(new { }) };
        link.Headers.Authorization = new("Bearer", joined.Token);
        Assert.Equal(HttpStatusCode.Forbidden, (await _sessions.Http.SendAsync(link).DefaultTimeout()).StatusCode);

        var anonymous = await _sessions.Http.GetAsync($"/api/sessions/{session.SessionId}/snapshot").DefaultTimeout();
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}
