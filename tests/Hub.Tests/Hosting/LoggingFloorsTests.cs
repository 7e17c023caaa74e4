using Microsoft.Extensions.Logging;
using StartupTerritoire.Server.Hosting;
using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Hosting;

/// <summary>Configuration may raise log levels anywhere, but cannot lower the categories that print secrets.</summary>
public sealed class LoggingFloorsTests
{
    [Fact]
    public void TraceAskedForEverywhereAndForOneProviderStillKeepsRequestLinesAndHubArgumentsOut()
    {
        using var capture = new LogCapture();
        var options = new LoggerFilterOptions();
        options.Rules.Add(new LoggerFilterRule(typeof(LogCapture).FullName, null, LogLevel.Trace, null));
        options.Rules.Add(new LoggerFilterRule(null, null, LogLevel.Trace, null));
        options.Rules.Add(new LoggerFilterRule(null, "Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Debug, null));
        options.Rules.Add(new LoggerFilterRule(typeof(LogCapture).FullName, "Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher", LogLevel.Trace, null));
        options.Rules.Add(new LoggerFilterRule(typeof(LogCapture).FullName, "Microsoft.AspNetCore", LogLevel.Error, null));

        LoggingFloors.Apply(options);
        using var factory = new LoggerFactory([capture], options);

        Assert.False(factory.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Information));
        Assert.True(factory.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Error));
        Assert.False(factory.CreateLogger("Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher").IsEnabled(LogLevel.Debug));
        Assert.True(factory.CreateLogger("Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher").IsEnabled(LogLevel.Information));
        Assert.False(factory.CreateLogger("Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware").IsEnabled(LogLevel.Critical));

        // Higher levels asked for stay; other categories keep what was asked.
        Assert.False(factory.CreateLogger("Microsoft.AspNetCore.Routing.EndpointMiddleware").IsEnabled(LogLevel.Warning));
        Assert.True(factory.CreateLogger("Microsoft.AspNetCore.Routing.EndpointMiddleware").IsEnabled(LogLevel.Error));
        Assert.True(factory.CreateLogger("StartupTerritoire.Server.Realtime.WorkshopHubFilter").IsEnabled(LogLevel.Trace));
    }
}
