using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR;

namespace StartupTerritoire.Server.Tests.Infrastructure;

/// <summary>Reads the stable code out of a hub error, as docs/protocol.md tells clients to.</summary>
public static partial class HubErrors
{
    public static string Code(HubException exception)
    {
        var match = CodePattern().Match(exception.Message);
        return match.Success ? match.Groups[1].Value : exception.Message;
    }

    public static async Task<string> CodeOfAsync(Func<Task> call) =>
        Code(await Assert.ThrowsAsync<HubException>(call));

    [GeneratedRegex(@"HubException: ([a-z_]+\.[a-z_.]+):")]
    private static partial Regex CodePattern();
}
