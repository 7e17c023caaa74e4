using System.Reflection;
using Microsoft.AspNetCore.SignalR;
using StartupTerritoire.Server.Realtime;
using StartupTerritoire.Server.Tests.Infrastructure;
using StartupTerritoire.WorkshopEngine.Access;

namespace StartupTerritoire.Server.Tests.Realtime;

/// <summary>
/// Every hub method called with every argument that may be null left null (the others at their defaults), then with
/// hollow ones (arrays holding a null, argument objects of nulls), by each role that may call it: a missing argument is the client's mistake, refused with a typed code, never a server fault
/// ("server.error" says the server failed and logs it). Where null means something (ChooseTable(null, null): no table),
/// it may be done.
/// </summary>
public sealed class MissingArgumentTests(WorkshopApplication app) : IClassFixture<WorkshopApplication>
{
    private readonly SessionClient _sessions = new(app.CreateClient());

    [Theory]
    [MemberData(nameof(Protocol.Both), MemberType = typeof(Protocol))]
    public async Task EveryMethodRefusesMissingArgumentsAsTheClientsMistake(string protocol)
    {
        var session = await _sessions.CreateAsync(new
        {
            title = "Soirée créative du Val de Ligne",
            open = true,
            workshops = new object[] { new { id = "w", format = "emergence", title = "Se déplacer", challenge = "Comment ?" } },
            tables = new object[] { new { name = "Table 1", workshop = 0 } },
        });
        var faults = new List<string>();
        foreach (var role in new[] { Role.Animator, Role.CoAnimator, Role.Participant })
        {
            await using var client = await LiveClient.ConnectAsync(app.Server, await _sessions.TokenForAsync(session, role), protocol);
            foreach (var method in HubMethods().Where(m => m.GetCustomAttribute<AllowAttribute>()!.Roles.Contains(role)))
            {
                foreach (var hollow in new[] { false, true })
                {
                    var arguments = method.GetParameters().Select(p => Missing(p.ParameterType, hollow)).ToArray();
                    try
                    {
                        await client.Connection.InvokeCoreAsync(method.Name, HubArguments.ResultType(method), arguments).DefaultTimeout();
                    }
                    catch (HubException ex) when (HubErrors.Code(ex) == WorkshopHubFilter.ServerError)
                    {
                        faults.Add($"{role} {method.Name}{(hollow ? " (hollow)" : string.Empty)}: {ex.Message}");
                    }
                    catch (HubException)
                    {
                        // A typed refusal: what a missing argument should get.
                    }
                }
            }

        }

        Assert.True(faults.Count == 0, string.Join('\n', faults));
    }

    // Null, or "hollow": an array holding one null, an argument object whose every field is null or empty.
    private static object? Missing(Type type, bool hollow) => type switch
    {
        _ when type.IsValueType => Activator.CreateInstance(type),
        _ when !hollow => null,
        _ when type == typeof(string[]) => new string?[] { null },
        _ when type == typeof(GroupSpec[]) => new GroupSpec?[] { null, new() { NoteIds = [null!] } },
        _ when type == typeof(WorkshopSpec) => new WorkshopSpec { Format = "essaimage", Name = "Recyclerie", SuccessFactors = [null!], RoundMinutes = [] },
        _ when type == typeof(RoundSpec) => new RoundSpec { Columns = [null!, new()] },
        _ => null,
    };

    private static IEnumerable<MethodInfo> HubMethods() =>
        typeof(WorkshopHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.GetCustomAttribute<AllowAttribute>() is not null && m.GetParameters().Length > 0);
}
