using StartupTerritoire.BareHub;

// The framework's own limit: a SignalR hub that stores nothing and checks nothing, so the benchmark can show what
// the product's rules, redaction and storage cost on top of plain group fan-out.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var signalR = builder.Services.AddSignalR().AddMessagePackProtocol();
if (builder.Configuration["redis"] is { Length: > 0 } redis)
{
    signalR.AddStackExchangeRedis(redis, options => options.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("barehub"));
}

var app = builder.Build();
app.UseWebSockets();
app.MapGet("/readyz", () => Results.Ok("ready"));
app.MapHub<RoomHub>("/hubs/room");
app.Run();
