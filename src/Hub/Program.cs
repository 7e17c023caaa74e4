using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Health;
using StartupTerritoire.Server.Hosting;
using StartupTerritoire.Server.Realtime;
using StartupTerritoire.Server.Web;

var builder = WebApplication.CreateBuilder(args);

// "--redis host:port" is the short form of ConnectionStrings:Redis.
builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--redis"] = "ConnectionStrings:Redis" });

builder.Services
    .AddWorkshopOptions()
    .AddWorkshopStore(builder.Configuration)
    .AddWorkshopAuthentication()
    .AddWorkshopSessions()
    .AddWorkshopRealtime(builder.Configuration);

var app = builder.Build();

app.UseContentSecurityPolicy();
app.UseWebAssets();
app.UseAuthentication();
app.UseAuthorization();

app.MapHealth();
app.MapSessionApi();
app.MapFormats();
app.MapPages();
app.MapHub<WorkshopHub>("/hubs/workshop");

app.Run();

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
