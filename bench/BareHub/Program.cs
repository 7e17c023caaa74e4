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

// The connection-cost profile (P1) reads the collector's work during each of its phases, counted by the oldest
// generation each collection took (as the runtime's own meter counts them: the product reports that one).
app.MapGet("/gcstats", () => Results.Ok(new
{
    gen0 = GC.CollectionCount(0) - GC.CollectionCount(1),
    gen1 = GC.CollectionCount(1) - GC.CollectionCount(2),
    gen2 = GC.CollectionCount(2),
    pauseSeconds = GC.GetTotalPauseDuration().TotalSeconds,
}));
app.MapHub<RoomHub>("/hubs/room");
app.Run();
