using System.Globalization;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Realtime;

namespace StartupTerritoire.Browser.Tests.Infrastructure;

/// <summary>
/// Fills a soirée the fast way, so that a page can be tested in a hall of 300 without 300 browsers: people join over
/// HTTP as phones do (<c>POST /api/join/{code}</c>), then post notes, vote and rate through the hub with their own
/// token (connect, call, disconnect, a few people at a time); the animator starts and ends rounds, reveals, makes,
/// names and accepts regroupements, locks joining, and makes board links. Every call waits for the server's
/// acknowledgement, so what it did is stored when the call returns (pages still take a moment to show it).
/// </summary>
/// <example>
/// <code>
/// await using var hall = HallSeeder.For(server.Server, created);
/// var people = await hall.JoinAsync(300);
/// await hall.StartRoundAsync("w-em", "ideation");
/// var noteIds = await hall.PostNotesAsync("w-em", "idees", people.Select(p => (p, "Une navette le jour du marché")));
/// </code>
/// </example>
public sealed class HallSeeder(ServerProcess server, string sessionId, string joinCode, string animatorToken) : IAsyncDisposable
{
    // A few phones at a time: quick, and far below what the server's per-caller limits allow.
    private const int AtOnce = 4;
    private HubConnection? _animator;

    public static HallSeeder For(ServerProcess server, CreatedSession created)
    {
        ArgumentNullException.ThrowIfNull(created);
        return new(server, created.SessionId, created.JoinCode, created.AnimatorToken);
    }

    /// <summary>Joins <paramref name="count"/> people, one after the other ("Participant 1" …), optionally at a table.</summary>
    public async Task<IReadOnlyList<SeededParticipant>> JoinAsync(int count, string? tableId = null, string nickname = "Participant")
    {
        using var http = server.CreateClient();
        var joined = new List<SeededParticipant>(count);
        for (var i = 1; i <= count; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"{nickname} {i}");
            using var response = await http.PostAsJsonAsync($"/api/join/{joinCode}", new JoinRequest(name, tableId, NewId())).DefaultTimeout();
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<Joined>().DefaultTimeout()
                ?? throw new InvalidOperationException("POST /api/join answered an empty body.");
            joined.Add(new SeededParticipant(body.ParticipantId, name, body.Token));
        }

        return joined;
    }

    /// <summary>Posts each note with its author's token, in the workshop's running round; returns the note ids in order.</summary>
    public async Task<IReadOnlyList<string>> PostNotesAsync(string workshopId, string column, IEnumerable<(SeededParticipant Author, string Text)> notes)
    {
        var list = notes.Select(n => (n.Author, n.Text, Id: NewId())).ToList();
        await AsEachAsync(list.Select(n => (n.Author, (object?[])[n.Id, workshopId, column, n.Text, null])), "AddNote");
        return [.. list.Select(n => n.Id)];
    }

    /// <summary>Casts dots: one call per (voter, target), during the workshop's running vote round.</summary>
    public Task VoteAsync(string workshopId, IEnumerable<(SeededParticipant Voter, string TargetId)> dots) =>
        AsEachAsync(dots.Select(d => (d.Voter, (object?[])[NewId(), workshopId, d.TargetId])), "CastVote");

    /// <summary>Rates the workshop 1 to 5, during its running rating round.</summary>
    public Task RateAsync(string workshopId, IEnumerable<(SeededParticipant Rater, int Value)> ratings) =>
        AsEachAsync(ratings.Select(r => (r.Rater, (object?[])[workshopId, r.Value])), "Rate");

    public Task<long> StartRoundAsync(string workshopId, string roundId) => AsAnimatorAsync("StartRound", workshopId, roundId);

    public Task<long> EndRoundAsync(string workshopId, string roundId) => AsAnimatorAsync("EndRound", workshopId, roundId);

    /// <summary>Reveals every hidden note of the workshop.</summary>
    public Task<long> RevealAsync(string workshopId) => AsAnimatorAsync("RevealNotes", workshopId, null);

    public Task<long> LockJoiningAsync(bool locked) => AsAnimatorAsync("LockJoining", locked);

    /// <summary>Makes a regroupement of these notes, as the animator does by hand; returns its id.</summary>
    public async Task<string> CreateClusterAsync(string workshopId, string? title, IEnumerable<string> noteIds)
    {
        var id = NewId();
        await AsAnimatorAsync("CreateCluster", workshopId, id, title, noteIds.ToArray());
        return id;
    }

    public Task<long> RenameClusterAsync(string clusterId, string? title) => AsAnimatorAsync("RenameCluster", clusterId, title);

    /// <summary>
    /// Accepts groups as the console accepts the server's suggestions, each as a new regroupement; returns their ids.
    /// <paramref name="named"/> false keeps the titles as the machine's suggestions, which the room does not see.
    /// </summary>
    public async Task<IReadOnlyList<string>> AcceptSuggestionAsync(string workshopId, IEnumerable<(string? Title, IReadOnlyList<string> NoteIds)> groups, bool named)
    {
        var specs = groups.Select(g => new GroupSpec { ClusterId = NewId(), Title = g.Title, NoteIds = [.. g.NoteIds], Named = named }).ToList();
        await AsAnimatorAsync("AcceptSuggestion", workshopId, specs);
        return [.. specs.Select(s => s.ClusterId!)];
    }

    /// <summary>Any other hub command as the animator (docs/protocol.md §12), arguments in wire order.</summary>
    public async Task<long> AsAnimatorAsync(string method, params object?[] args)
    {
        _animator ??= await ConnectAsync(animatorToken);
        return await _animator.InvokeCoreAsync<long>(method, args).DefaultTimeout();
    }

    /// <summary>Any hub command as one participant (signing up, say), on a connection of their own.</summary>
    public async Task<long> AsParticipantAsync(SeededParticipant who, string method, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(who);
        await using var connection = await ConnectAsync(who.Token);
        return await connection.InvokeCoreAsync<long>(method, args).DefaultTimeout();
    }

    /// <summary>A board link from the animator (<c>POST /api/sessions/{id}/links/board</c>), for a table or the room.</summary>
    public async Task<string> BoardUrlAsync(string? tableId = null)
    {
        using var http = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{sessionId}/links/board") { Content = JsonContent.Create(new LinkRequest(tableId)) };
        request.Headers.Authorization = new("Bearer", animatorToken);
        using var response = await http.SendAsync(request).DefaultTimeout();
        response.EnsureSuccessStatusCode();
        var link = await response.Content.ReadFromJsonAsync<CreatedLink>().DefaultTimeout()
            ?? throw new InvalidOperationException("The board link answer was empty.");
        return LiveSteps.Absolute(server, link.Url);
    }

    public async ValueTask DisposeAsync()
    {
        if (_animator is not null)
        {
            await _animator.DisposeAsync();
        }
    }

    private static string NewId() => Guid.NewGuid().ToString("N");

    /// <summary>Each person's calls on a connection of their own, a few people at a time, in the order given for each.</summary>
    private Task AsEachAsync(IEnumerable<(SeededParticipant Who, object?[] Args)> calls, string method) =>
        Parallel.ForEachAsync(calls.GroupBy(c => c.Who.Token), new ParallelOptions { MaxDegreeOfParallelism = AtOnce }, async (person, cancellation) =>
        {
            await using var connection = await ConnectAsync(person.Key);
            foreach (var (_, args) in person)
            {
                await connection.InvokeCoreAsync<long>(method, args, cancellation).DefaultTimeout();
            }
        });

    private async Task<HubConnection> ConnectAsync(string token)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, "/hubs/workshop"), o =>
            {
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
                o.SkipNegotiation = true;
                o.Transports = HttpTransportType.WebSockets;
            })
            .AddMessagePackProtocol()
            .Build();
        await connection.StartAsync().DefaultTimeout();
        return connection;
    }
}
