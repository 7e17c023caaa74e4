using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace StartupTerritoire.Server.Tests.Infrastructure;

/// <summary>
/// Lets a test speak from a chosen network address through the in-process server, which otherwise has none: the
/// address in the <see cref="Header"/> request header becomes the connection's remote address.
/// </summary>
public sealed class ClientAddresses : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return nextMiddleware(context);
        });
        next(app);
    };

    /// <summary>An HTTP client whose requests all come from <paramref name="address"/>.</summary>
    public static HttpClient From(WorkshopApplication app, string address)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }
}
