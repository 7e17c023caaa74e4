using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using StartupTerritoire.LiveBench.Clients;
using StartupTerritoire.LiveBench.Servers;
using StartupTerritoire.LiveBench.Wire;

namespace StartupTerritoire.LiveBench.Targets;

/// <summary>
/// The product as an evening uses it: a soirée with one émergence workshop whose "ideation" round runs (the minute when
/// a whole hall posts at once), phones joined over HTTP with a nickname, a board link, and notes posted with AddNote — each one
/// stored before it is acknowledged and broadcast.
/// </summary>
public sealed class ProductTarget : ITarget
{
    /// <summary>The workshop of every benchmark soirée, and the column its notes go in.</summary>
    public const string WorkshopId = "banc";

    public const string Column = "idee";
    private readonly NodeSet _nodes;
    private readonly string? _dataFolder;
    private readonly HttpClient _http;
    private int _rooms;

    private ProductTarget(NodeSet nodes, string? dataFolder)
    {
        _nodes = nodes;
        _dataFolder = dataFolder;
        Name = nodes.Nodes.Count > 1 ? $"product ×{nodes.Nodes.Count} (Redis)" : "product (SQLite)";
        _http = new HttpClient { BaseAddress = nodes.Nodes[0].Address, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>
    /// The environment of both .NET servers: the same collector settings for the product and the bare hub, those the
    /// product's launch profile sets (a 64 MB first generation; docs/operations.md says why).
    /// </summary>
    public static Dictionary<string, string> DotnetEnvironment { get; } = new(Repository.ProductLaunchEnvironment())
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_gcServer"] = "0",
    };

    public string Name { get; }

    public IReadOnlyList<ServerProcess> Nodes => _nodes.Nodes;

    /// <summary>The nodes themselves, for the fault runs that kill and restart them.</summary>
    public NodeSet NodeSet => _nodes;

    /// <summary>One node on the embedded SQLite store, or <paramref name="count"/> nodes sharing a fresh Redis.</summary>
    public static async Task<ProductTarget> StartAsync(int count, IReadOnlyDictionary<string, string> settings)
    {
        var data = count > 1 ? null : Directory.CreateTempSubdirectory("livebench-sqlite-").FullName;
        var ports = new Dictionary<int, int>();
        var nodes = await NodeSet.StartAsync(count, (i, redis) =>
        {
            // A restarted node comes back on its own port, where its phones reconnect.
            var port = ports.TryGetValue(i, out var known) ? known : ports[i] = ServerProcess.FreeLoopbackPort();
            var arguments = new List<string>
            {
                Repository.ProductAssembly, "--urls", $"http://127.0.0.1:{port}", "--contentRoot", Repository.ProductContentRoot,
                "--Logging:LogLevel:Default", "Warning",
            };
            arguments.AddRange(redis is not null ? ["--redis", redis.Endpoint] : ["--Workshop:DataFolder", data!]);
            foreach (var (key, value) in settings)
            {
                arguments.AddRange([$"--{key}", value]);
            }

            return ServerProcess.StartAsync($"product-{i}", "dotnet", arguments, DotnetEnvironment, Repository.ProductContentRoot, port, "/readyz");
        });
        return new ProductTarget(nodes, data);
    }

    public async Task<IRoom> OpenRoomAsync(RoomOptions options, CancellationToken cancellationToken)
    {
        var codec = Codecs.For(options.Protocol);
        var session = await OpenSessionAsync(cancellationToken);
        var board = await PostJsonAsync(_http, $"/api/sessions/{session.SessionId}/links/board", new { tableId = (string?)null }, session.AnimatorToken, cancellationToken);
        var tokens = await Concurrently.RunAsync(options.Members, 8, i => JoinAsync(session.JoinCode, $"Membre {i}", cancellationToken), cancellationToken);
        var all = tokens.Append(board.GetProperty("token").GetString()!).ToArray();
        var clients = await Concurrently.RunAsync(all.Length, 32, async i =>
        {
            var client = await SignalRClient.ConnectAsync(HubUri(i, all[i]), codec, options.HandlerFor(i), cancellationToken, options.AfterReadFor(i));
            // The handshake is answered before the server has put the connection in its audiences' groups (on Redis,
            // subscribed their channels); a phone's first call (Sync, here the cheaper ServerTime) comes after that,
            // as the bare hub's Join does. Posting before it would measure a room still filling up.
            await client.InvokeAsync("ServerTime");
            return (IRoomClient)new HubRoomClient(client, static (id, text) => [id, WorkshopId, Column, text, null], "AddNote");
        }, cancellationToken);
        return new Room(clients);
    }

    /// <summary>A soirée whose notes round runs, already holding <paramref name="notes"/> notes of the animator's.</summary>
    public async Task<BenchSession> OpenSessionWithNotesAsync(int notes, CancellationToken cancellationToken)
    {
        var session = await OpenSessionAsync(cancellationToken);
        await using var animator = await ConnectAsync(0, session.AnimatorToken, new JsonHubCodec(), static _ => { }, cancellationToken);
        for (var i = 0; i < notes; i++)
        {
            await animator.InvokeAsync("AddNote", $"prep{i}", WorkshopId, Column, $"{Measure.OpenLoop.Text} ({i})", null);
        }

        return session;
    }

    /// <summary>A phone's join: POST /api/join/{code} with a nickname; returns its token.</summary>
    public async Task<string> JoinAsync(string joinCode, string nickname, CancellationToken cancellationToken)
    {
        var joined = await PostJsonAsync(_http, $"/api/join/{joinCode}", new { nickname, tableId = (string?)null }, null, cancellationToken);
        return joined.GetProperty("token").GetString()!;
    }

    public Task<SignalRClient> ConnectAsync(int client, string token, IHubCodec codec, BroadcastHandler onBroadcast, CancellationToken cancellationToken) =>
        SignalRClient.ConnectAsync(HubUri(client, token), codec, onBroadcast, cancellationToken);

    private async Task<BenchSession> OpenSessionAsync(CancellationToken cancellationToken)
    {
        var room = Interlocked.Increment(ref _rooms);
        var created = await PostJsonAsync(_http, "/api/sessions", new
        {
            title = $"Banc d'essai {room}",
            language = "fr",
            open = true,
            workshops = new[]
            {
                new
                {
                    id = WorkshopId, format = "emergence", title = "Se déplacer sans voiture",
                    challenge = "Comment se déplacer sans voiture dans nos villages ?",
                    roundMinutes = new Dictionary<string, int> { ["ideation"] = 240 },
                },
            },
        }, null, cancellationToken);
        var session = new BenchSession(created.GetProperty("sessionId").GetString()!, created.GetProperty("joinCode").GetString()!, created.GetProperty("animatorToken").GetString()!);

        // Ideation notes stay hidden until the reveal: every recipient gets each NoteAdded (id, author, column, colour),
        // the text only reaches its author's phone, which keeps what it typed.
        await using var animator = await ConnectAsync(0, session.AnimatorToken, new JsonHubCodec(), static _ => { }, cancellationToken);
        await animator.InvokeAsync("StartRound", WorkshopId, "ideation");
        return session;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _nodes.DisposeAsync();
        if (_dataFolder is not null)
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }

    internal static async Task<JsonElement> PostJsonAsync(HttpClient http, string path, object body, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {text}");
        }

        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private Uri HubUri(int client, string token) =>
        new($"ws://{_nodes.NodeFor(client).Authority}/hubs/workshop?access_token={Uri.EscapeDataString(token)}");
}
