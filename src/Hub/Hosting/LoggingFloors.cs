namespace StartupTerritoire.Server.Hosting;

/// <summary>
/// Levels below which some framework categories are never written, whatever the configuration asks: below them they
/// print request URLs (join codes in /j/CODE and /api/join/CODE, access tokens in WebSocket query strings), files
/// served by path, or hub invocations with their arguments (note text). Secrets stay out of logs even when an
/// operator turns on debug logging to chase a problem.
/// </summary>
internal static class LoggingFloors
{
    private static readonly (string Category, LogLevel Floor)[] s_floors =
    [
        ("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning),
        ("Microsoft.AspNetCore.HttpLogging", LogLevel.None),
        ("Microsoft.AspNetCore.StaticFiles", LogLevel.Information),
        ("Microsoft.AspNetCore.Routing", LogLevel.Information),
        ("Microsoft.AspNetCore.Server.Kestrel", LogLevel.Information),
        ("Microsoft.AspNetCore.Http.Connections", LogLevel.Information),
        ("Microsoft.AspNetCore.SignalR", LogLevel.Information),
    ];

    public static ILoggingBuilder AddWorkshopLoggingFloors(this ILoggingBuilder logging)
    {
        // After configuration binding (and again on each reload): configured rules are raised, never lowered.
        logging.Services.PostConfigure<LoggerFilterOptions>(Apply);
        return logging;
    }

    internal static void Apply(LoggerFilterOptions options)
    {
        var rules = options.Rules;

        // A provider-specific rule beats any generic one, so each provider named in the rules gets its own floors.
        var providers = rules.Select(r => r.ProviderName).Append(null).Distinct().ToList();
        foreach (var (category, floor) in s_floors)
        {
            for (var i = 0; i < rules.Count; i++)
            {
                var rule = rules[i];
                if (rule.CategoryName is { } name && Covers(category, name) && (rule.LogLevel is not { } level || level < floor))
                {
                    rules[i] = new LoggerFilterRule(rule.ProviderName, rule.CategoryName, floor, rule.Filter);
                }
            }

            foreach (var provider in providers)
            {
                if (!rules.Any(r => r.ProviderName == provider && string.Equals(r.CategoryName, category, StringComparison.OrdinalIgnoreCase)))
                {
                    // The new rule becomes the one chosen for the category: keep a higher level that applied before.
                    var before = Selected(rules, provider, category)?.LogLevel ?? options.MinLevel;
                    rules.Add(new LoggerFilterRule(provider, category, before > floor ? before : floor, null));
                }
            }
        }
    }

    private static bool Covers(string category, string name) =>
        name.Equals(category, StringComparison.OrdinalIgnoreCase)
        || name.StartsWith(category + ".", StringComparison.OrdinalIgnoreCase);

    // The rule the logger factory would choose for a provider and category: applicable rules only, a provider's own
    // rule over a generic one, then the longest category prefix, then the last one.
    private static LoggerFilterRule? Selected(IList<LoggerFilterRule> rules, string? provider, string category)
    {
        LoggerFilterRule? best = null;
        foreach (var rule in rules)
        {
            if ((rule.ProviderName is not null && rule.ProviderName != provider)
                || (rule.CategoryName is not null && !category.StartsWith(rule.CategoryName, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var better = best is null
                || (rule.ProviderName is not null && best.ProviderName is null)
                || ((rule.ProviderName is null) == (best.ProviderName is null) && (rule.CategoryName?.Length ?? 0) >= (best.CategoryName?.Length ?? 0));
            if (better)
            {
                best = rule;
            }
        }

        return best;
    }
}
