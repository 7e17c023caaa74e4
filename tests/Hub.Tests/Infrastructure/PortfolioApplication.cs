using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using StartupTerritoire.Server.Access;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Demarches;
using StartupTerritoire.Server.Portfolio;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Tests.Infrastructure;

/// <summary>
/// The server with the portfolio's routes mapped under "/test/api" (the démarche's own routes map them under "/api"),
/// read through <see cref="Directory"/>: démarche records a test writes from the real groups it made over HTTP.
/// </summary>
public sealed class PortfolioApplication : WorkshopApplication
{
    public RecordedDemarches Directory { get; } = new();

    /// <summary>A token of a démarche in a role (the coordinator: <see cref="Role.Animator"/>; a named animator: <see cref="Role.CoAnimator"/>).</summary>
    public async Task<string> TokenAsync(string demarcheId, Role role)
    {
        var token = TokenHasher.NewToken();
        var store = Services.GetRequiredService<ISessionStore>();
        await store.SaveCredentialAsync(new Credential(TokenHasher.Hash(token), demarcheId, role, TokenHasher.NewId(), null, Time.GetUtcNow()));
        return token;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IDemarcheDirectory>(Directory);
            services.AddSingleton<IStartupFilter, MapPortfolio>();
        });
    }

    /// <summary>The démarches a test recorded; an unknown id is not found, as for a real démarche.</summary>
    public sealed class RecordedDemarches : IDemarcheDirectory
    {
        private readonly ConcurrentDictionary<string, DemarcheRecord> _records = new(StringComparer.Ordinal);

        public void Set(DemarcheRecord record) => _records[record.Id] = record;

        public Task<DemarcheRecord> RecordAsync(string demarcheId, CancellationToken ct) =>
            _records.TryGetValue(demarcheId, out var record)
                ? Task.FromResult(record)
                : throw new WorkshopException(ErrorCodes.NotFound, "No such démarche.");
    }

    // Maps once the app's own endpoints are, on the same route builder, so the app's authentication and filters apply.
    private sealed class MapPortfolio : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            // The route builder routing matches against (the WebApplication itself), as UseRouting leaves it on the builder.
            var routes = (app.Properties.TryGetValue("__EndpointRouteBuilder", out var found) ? found : null) as IEndpointRouteBuilder
                ?? throw new InvalidOperationException("The app's routes were not found.");
            var api = routes.MapGroup("/test/api").AddEndpointFilter<ApiErrorFilter>();
            var demarche = api.MapGroup("/demarches/{demarcheId}")
                .RequireAuthorization(p => p.AddAuthenticationSchemes(SessionTokenHandler.SchemeName).RequireAuthenticatedUser());
            PortfolioApi.Map(demarche, api.MapGroup("/public"));
        };
    }
}
