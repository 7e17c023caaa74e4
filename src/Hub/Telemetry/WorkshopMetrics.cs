using System.Diagnostics.Metrics;
using StartupTerritoire.WorkshopEngine.Access;

namespace StartupTerritoire.Server.Telemetry;

/// <summary>
/// The product's own meter, beside ASP.NET Core's and the runtime's. Every tag comes from a small fixed set (hub
/// method names, roles, outcomes, store kinds, audiences): never a soirée, a person or a text, so /metrics holds
/// numbers only and its size does not grow with the number of soirées. Recording costs no allocation: tags are
/// passed as structs with strings that already exist.
/// </summary>
internal sealed class WorkshopMetrics
{
    public const string MeterName = "StartupTerritoire.Live";

    // Seconds, from a command answered from memory (a fraction of a millisecond) to a store that stalls.
    private static readonly double[] s_latencyBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly UpDownCounter<long> _connections;
    private readonly Counter<long> _commands;
    private readonly Histogram<double> _commandDuration;
    private readonly Histogram<double> _appendDuration;
    private readonly Histogram<double> _backplaneLag;
    private readonly Counter<long> _eventsSent;
    private readonly Counter<long> _rateLimited;
    private readonly Counter<long> _strikes;
    private readonly Counter<long> _syncs;

    public WorkshopMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        Meter = meterFactory.Create(MeterName);
        var latency = new InstrumentAdvice<double> { HistogramBucketBoundaries = s_latencyBuckets };
        _connections = Meter.CreateUpDownCounter<long>("workshop.connections", "{connection}",
            "Live hub connections on this node, by role.");
        _commands = Meter.CreateCounter<long>("workshop.commands", "{command}",
            "Hub calls this node answered, by method and outcome.");
        _commandDuration = Meter.CreateHistogram("workshop.command.duration", "s",
            "From a hub call's arrival to its answer; for a command, until its events are stored.", advice: latency);
        _appendDuration = Meter.CreateHistogram("workshop.store.append.duration", "s",
            "One append to the event store, until it is durable, by store and status.", advice: latency);
        _backplaneLag = Meter.CreateHistogram("workshop.backplane.lag", "s",
            "From another node handing a batch of stored events to the Redis backplane to this node receiving its probe.", advice: latency);
        _eventsSent = Meter.CreateCounter<long>("workshop.events.sent", "{event}",
            "Stored events handed to SignalR by this node, counted once per audience (group) they were sent to.");
        _rateLimited = Meter.CreateCounter<long>("workshop.rate_limited", "{refusal}",
            "Calls and connections refused for going over a limit, by kind.");
        _strikes = Meter.CreateCounter<long>("workshop.protocol_strikes", "{strike}",
            "Live connections lost to the client's own protocol error, by kind.");
        _syncs = Meter.CreateCounter<long>("workshop.syncs", "{sync}",
            "Sync calls by answer: the first snapshot, the missed events, or a snapshot for a client too far behind.");
    }

    public Meter Meter { get; }

    public void Connected(Role role) => _connections.Add(1, new KeyValuePair<string, object?>("role", RoleTag(role)));

    public void Disconnected(Role role) => _connections.Add(-1, new KeyValuePair<string, object?>("role", RoleTag(role)));

    public void CommandAnswered(string method, string outcome, TimeSpan elapsed)
    {
        var methodTag = new KeyValuePair<string, object?>("method", method);
        var outcomeTag = new KeyValuePair<string, object?>("outcome", outcome);
        _commands.Add(1, methodTag, outcomeTag);
        _commandDuration.Record(elapsed.TotalSeconds, methodTag, outcomeTag);
    }

    public void Appended(string store, string status, TimeSpan elapsed) =>
        _appendDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("store", store), new KeyValuePair<string, object?>("status", status));

    public void BackplaneLag(TimeSpan lag) => _backplaneLag.Record(Math.Max(0, lag.TotalSeconds));

    public void EventsSent(string group, int count) =>
        _eventsSent.Add(count, new KeyValuePair<string, object?>("audience", AudienceOf(group)));

    public void RateLimited(string kind) => _rateLimited.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void ProtocolStrike(string kind) => _strikes.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void Synced(string answer) => _syncs.Add(1, new KeyValuePair<string, object?>("answer", answer));

    public static string RoleTag(Role role) => role switch
    {
        Role.Animator => "animator",
        Role.CoAnimator => "coAnimator",
        Role.Participant => "participant",
        Role.Board => "board",
        _ => "other",
    };

    /// <summary>The audience of a session's group ("s:{id}:animator", "s:{id}:host:{table}", …); ids hold no colon.</summary>
    public static string AudienceOf(string group)
    {
        var at = group.IndexOf(':', 2);
        var rest = at < 0 ? ReadOnlySpan<char>.Empty : group.AsSpan(at + 1);
        return rest switch
        {
            "animator" => "animator",
            "public" => "public",
            "all" => "all",
            _ when rest.StartsWith("host:", StringComparison.Ordinal) => "host",
            _ => "other",
        };
    }
}
