using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Tests.Infrastructure;

/// <summary>The app on its SQLite store wrapped in a <see cref="FailingAppendStore"/>.</summary>
public sealed class FailingAppendApplication : WorkshopApplication
{
    public FailingAppendStore Store => (FailingAppendStore)Services.GetRequiredService<ISessionStore>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            var real = services.Single(d => d.ServiceType == typeof(ISessionStore));
            services.Remove(real);
            services.AddSingleton<ISessionStore>(sp => new FailingAppendStore((ISessionStore)real.ImplementationFactory!(sp)));
        });
    }
}
