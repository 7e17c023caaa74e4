using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;
using StartupTerritoire.Server.Realtime;
using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Realtime;

/// <summary>
/// Invocations SignalR cannot bind to a hub method (unknown name, wrong number of arguments, an argument of the wrong
/// type, a stream invocation) are refused like every other refusal, "code: message" after "HubException: ", over both
/// protocols, with nothing of the server's internals in the text, nothing stored, and the connection still usable.
/// </summary>
public sealed partial class InvocationRefusalTests(WorkshopApplication app) : IClassFixture<WorkshopApplication>
{
    private const int Invocation = 1;
    private const int StreamInvocation = 4;
    private readonly SessionClient _sessions = new(app.CreateClient());

    public static TheoryData<string, string, string, int> Calls(string protocol) => new()
    {
        { protocol, "NoSuchMethod", "[]", Invocation },
        { protocol, "AddNote", """["n-1"]""", Invocation },
        { protocol, "AddNote", """[1, true, {"a": null}, "texte", null]""", Invocation },
        { protocol, "Rate", """["w-emergence", "cinq"]""", Invocation },
        { protocol, "LockJoining", "[null]", Invocation },
        { protocol, "ServerTime", "[]", StreamInvocation },
        { protocol, "NoSuchMethod", "[]", StreamInvocation },
    };

    public static TheoryData<string, string, string, int> JsonCalls => Calls(Protocol.Json);

    public static TheoryData<string, string, string, int> MessagePackCalls => Calls(Protocol.MessagePack);

    [Theory]
    [MemberData(nameof(JsonCalls))]
    [MemberData(nameof(MessagePackCalls))]
    public async Task ACallThatCannotBeBoundIsRefusedWithATypedCodeAndTheConnectionStaysUp(string protocol, string target, string arguments, int type)
    {
        var session = await _sessions.CreateAsync();
        var phone = await _sessions.JoinAsync(session.JoinCode, "Mireille");
        var version = Wire.Number(await _sessions.SnapshotAsync(session), "version");
        await using var raw = await RawCaller.ConnectAsync(app, phone.Token, protocol);

        var error = await raw.CallAsync("1", target, arguments, type);

        var expected = target == "NoSuchMethod" ? BindingFailureProtocol.UnknownMethod : BindingFailureProtocol.InvalidArguments;
        var refusal = DocumentedShape().Match(error ?? string.Empty);
        Assert.True(refusal.Success, $"'{error}' has no code where docs/protocol.md §19.1 says to read it");
        Assert.Equal(expected, refusal.Groups[1].Value);
        Assert.DoesNotMatch(ServerDetail(), refusal.Groups[2].Value);

        // Still connected and served; nothing was stored.
        Assert.Null(await raw.CallAsync("2", "ServerTime", "[]", Invocation));
        Assert.Equal(version, Wire.Number(await _sessions.SnapshotAsync(session), "version"));
    }

    [Theory]
    [MemberData(nameof(Protocol.Both), MemberType = typeof(Protocol))]
    public async Task TheClientLibrarySeesTheCodesOfCallsThatCannotBeBound(string protocol)
    {
        var session = await _sessions.CreateAsync();
        await using var animator = await LiveClient.ConnectAsync(app.Server, session.AnimatorToken, protocol);

        Assert.Equal(BindingFailureProtocol.UnknownMethod, await HubErrors.CodeOfAsync(() => animator.InvokeAsync("StartTheSession")));
        Assert.Equal(BindingFailureProtocol.InvalidArguments, await HubErrors.CodeOfAsync(() => animator.InvokeAsync("StartRound", "w-emergence")));
        Assert.Equal(BindingFailureProtocol.InvalidArguments, await HubErrors.CodeOfAsync(() => animator.InvokeAsync("ExtendRound", null, "w-emergence", "ideation", "une minute")));
        Assert.True(await animator.InvokeAsync("StartRound", "w-emergence", "ideation") > 0);
    }

    [Fact]
    public void BothProtocolsTheServerSpeaksTypeTheirBindingFailures()
    {
        var protocols = app.Services.GetServices<IHubProtocol>().ToList();

        Assert.Equal([Protocol.Json, Protocol.MessagePack], protocols.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.All(protocols, p => Assert.IsType<BindingFailureProtocol>(p));
    }

    [Fact]
    public void NoHubMethodStreamsAsBindingFailureProtocolRefusesStreamInvocations()
    {
        static bool IsStream(Type type) =>
            (type.IsGenericType && type.GetGenericTypeDefinition() is var d && (d == typeof(IAsyncEnumerable<>) || d == typeof(ChannelReader<>)))
            || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>) && IsStream(type.GetGenericArguments()[0]));

        var methods = typeof(WorkshopHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);
        Assert.NotEmpty(methods);
        Assert.DoesNotContain(methods, m => IsStream(m.ReturnType) || m.GetParameters().Any(p => IsStream(p.ParameterType)));
    }

    // The shape docs/protocol.md §19.1 tells clients to read.
    [GeneratedRegex(@"HubException: ([a-z_]+\.[a-z_]+): (.*)$")]
    private static partial Regex DocumentedShape();

    // What the framework's own words would have leaked: exception and type names, serializer wording.
    [GeneratedRegex(@"Exception|System\.|Int32|Boolean|String|JSON|MessagePack|deserializ|token", RegexOptions.IgnoreCase)]
    private static partial Regex ServerDetail();

    /// <summary>One raw socket of either protocol, with arguments given as JSON.</summary>
    private sealed class RawCaller(RawHubSocket? json, RawMessagePackSocket? messagePack) : IAsyncDisposable
    {
        public static async Task<RawCaller> ConnectAsync(WorkshopApplication app, string token, string protocol)
        {
            if (protocol == Protocol.Json)
            {
                var socket = await RawHubSocket.ConnectAsync(app.Server, token);
                await socket.HandshakeAsync();
                return new RawCaller(socket, null);
            }

            var binary = await RawMessagePackSocket.ConnectAsync(app.Server, token);
            await binary.HandshakeAsync();
            return new RawCaller(null, binary);
        }

        /// <summary>The completion's error, or null when it brought a result.</summary>
        public async Task<string?> CallAsync(string invocationId, string target, string arguments, int type)
        {
            if (json is not null)
            {
                await json.SendAsync($$"""{"type":{{type}},"invocationId":"{{invocationId}}","target":"{{target}}","arguments":{{arguments}}}""" + RawHubSocket.RecordSeparator);
                var completion = await json.CompletionAsync(invocationId) ?? throw new InvalidOperationException("The server closed the connection.");
                using var parsed = JsonDocument.Parse(completion);
                return parsed.RootElement.TryGetProperty("error", out var error) ? error.GetString() : null;
            }

            await messagePack!.InvokeAsync(invocationId, target, [.. JsonSerializer.Deserialize<JsonElement[]>(arguments)!.Select(Plain)], type);
            return await messagePack.CompletionErrorAsync(invocationId);
        }

        public async ValueTask DisposeAsync()
        {
            if (json is not null)
            {
                await json.DisposeAsync();
            }

            if (messagePack is not null)
            {
                await messagePack.DisposeAsync();
            }
        }

        private static object? Plain(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.String => e.GetString(),
            JsonValueKind.Number => e.GetInt64(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Object => e.EnumerateObject().ToDictionary(p => p.Name, p => Plain(p.Value)),
            JsonValueKind.Array => e.EnumerateArray().Select(Plain).ToArray(),
            _ => null,
        };
    }
}
