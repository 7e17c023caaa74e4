using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Clustering;
using StartupTerritoire.Server.Demarches;
using StartupTerritoire.Server.Exports;
using StartupTerritoire.Server.Groups;
using StartupTerritoire.Server.Health;
using StartupTerritoire.Server.Hosting;
using StartupTerritoire.Server.Realtime;
using StartupTerritoire.Server.Telemetry;
using StartupTerritoire.Server.Web;

// "cluster --input FILE.tsv": the suggestion engine on a file, for measuring it; no web host.
if (args is ["cluster", ..])
{
    return ClusterCommand.Run(args[1..], Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.Logging.AddWorkshopLoggingFloors();

// "--redis host:port" is the short form of ConnectionStrings:Redis.
builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--redis"] = "ConnectionStrings:Redis" });

builder.Services
    .AddWorkshopOptions()
    .AddWorkshopStore(builder.Configuration)
    .AddWorkshopAuthentication()
    .AddWorkshopSessions()
    .AddWorkshopRealtime(builder.Configuration)
    .AddWorkshopTelemetry(builder.Configuration)
    .AddBadRequestResponses();

var app = builder.Build();

app.UseContentSecurityPolicy();
app.UseStoreFaultResponses();
app.UseBadRequestResponses();
app.UseWebAssets();
app.UseMiddleware<OriginPolicy>();
app.UseAuthentication();
app.UseMiddleware<ProtocolStrikeGate>();
app.UseAuthorization();

app.MapHealth();
app.MapWorkshopMetrics();
app.MapSessionApi();
app.MapAssistedApi();
app.MapGroupApi();
app.MapDemarcheApi();
app.MapExports();
app.MapFormats();
app.MapPages();
app.MapHub<WorkshopHub>("/hubs/workshop");

app.Run();
return 0;

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
