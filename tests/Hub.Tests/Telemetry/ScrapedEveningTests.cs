using Microsoft.Extensions.DependencyInjection;
using StartupTerritoire.Server.Realtime;
using StartupTerritoire.Server.Tests.Infrastructure;
using StartupTerritoire.WorkshopEngine;

namespace StartupTerritoire.Server.Tests.Telemetry;

/// <summary>
/// A scripted evening through the hub, then /metrics scraped as Prometheus would: the product's counters say exactly
/// what happened, ASP.NET Core's and the runtime's meters are there, and nothing of the soirée's contents is.
/// </summary>
[Collection(MeterCollection.Name)]
public sealed class ScrapedEveningTests
{
    private const int Phones = 4;
    private const int NotesEach = 2;

    [Fact]
    public async Task MetricsCountWhatAScriptedEveningDidAndHoldNothingOfIt()
    {
        await using var app = new MeteredApplication();
        var sessions = new SessionClient(app.CreateClient());
        var session = await sessions.CreateAsync();
        var created = Wire.Number(await sessions.SnapshotAsync(session), "version");
        var board = await sessions.BoardLinkAsync(session);
        await using var animator = await LiveClient.ConnectAsync(app.Server, session.AnimatorToken, Protocol.MessagePack);
        await animator.SyncAsync(0);
        await animator.InvokeAsync("StartRound", "w-acceleration", "questions");
        await using var screen = await LiveClient.ConnectAsync(app.Server, board.Token, Protocol.Json);
        await screen.SyncAsync(0);

        var texts = new List<string>();
        var joined = new List<string>();
        var phones = new List<LiveClient>();
        try
        {
            for (var i = 0; i < Phones; i++)
            {
                var nickname = $"Pers-{i}-{Guid.NewGuid().ToString("N")[..10]}";
                var token = (await sessions.JoinAsync(session.JoinCode, nickname)).Token;
                joined.Add(token);
                texts.Add(nickname);
                var phone = await LiveClient.ConnectAsync(app.Server, token, i % 2 == 0 ? Protocol.Json : Protocol.MessagePack);
                phones.Add(phone);
                await phone.SyncAsync(0);
                for (var j = 0; j < NotesEach; j++)
                {
                    var text = $"Question secrète {i}.{j} {Guid.NewGuid():N}";
                    texts.Add(text);
                    await phone.InvokeAsync("AddNote", $"n-{i}-{j}", "w-acceleration", "question", text, null);
                }
            }

            // A phone tries the animator's command; another writes past its note budget.
            Assert.Equal(ErrorCodes.Forbidden, await HubErrors.CodeOfAsync(() => phones[0].InvokeAsync("StartRound", "w-acceleration", "questions")));
            const int extraNotes = MeteredApplication.NoteBurst - NotesEach;
            for (var k = 0; k < extraNotes; k++)
            {
                await phones[1].InvokeAsync("AddNote", $"n-extra-{k}", "w-acceleration", "question", "Encore une", null);
            }

            Assert.Equal("rate.limited", await HubErrors.CodeOfAsync(() => phones[1].InvokeAsync("AddNote", "n-refused", "w-acceleration", "question", "Une de trop", null)));

            // A phone leaves and comes back: it catches up with the events it missed.
            var lastSeen = phones[2].LastSeq;
            await phones[2].DisposeAsync();
            phones[2] = await LiveClient.ConnectAsync(app.Server, joined[2], Protocol.Json);
            Assert.Null((await phones[2].SyncAsync(lastSeen)).Snapshot);

            // The node asks the soirée's six connections to catch up, as it does when its backplane comes back.
            await app.Services.GetRequiredService<ResyncNudger>().NudgeLocalAsync([session.SessionId], CancellationToken.None).DefaultTimeout();

            var version = Wire.Number(await sessions.SnapshotAsync(session), "version");
            var notesStored = (Phones * NotesEach) + extraNotes;
            var expected = new (string Name, (string, string)[] Labels, double Value)[]
            {
                ("workshop_commands_total", [("method", "Sync"), ("outcome", "ok")], Phones + 3),
                ("workshop_commands_total", [("method", "StartRound"), ("outcome", "ok")], 1),
                ("workshop_commands_total", [("method", "StartRound"), ("outcome", "forbidden")], 1),
                ("workshop_commands_total", [("method", "AddNote"), ("outcome", "ok")], notesStored),
                ("workshop_commands_total", [("method", "AddNote"), ("outcome", "rate_limited")], 1),
                ("workshop_commands_total", [], Phones + 3 + 1 + 1 + notesStored + 1),
                ("workshop_command_duration_seconds_count", [("method", "AddNote"), ("outcome", "ok")], notesStored),
                ("workshop_connections", [("role", "animator")], 1),
                ("workshop_connections", [("role", "board")], 1),
                ("workshop_connections", [("role", "participant")], Phones),
                ("workshop_connections", [("role", "coAnimator")], 0),
                ("workshop_syncs_total", [("answer", "initial")], Phones + 2),
                ("workshop_syncs_total", [("answer", "events")], 1),
                ("workshop_syncs_total", [("answer", "snapshot")], 0),
                ("workshop_rate_limited_total", [("kind", "notes")], 1),
                ("workshop_rate_limited_total", [], 1),
                ("workshop_events_sent_total", [("audience", "animator")], version - created),
                ("workshop_soirees_loaded", [("state", "open")], 1),
                ("workshop_groups_loaded", [], 0),
                ("workshop_backplane_recoveries_total", [], 1),
                ("workshop_resync_nudges_total", [], Phones + 2),
                ("workshop_backplane_publish_failures_total", [], 0),

                // The creation, each join, the round's start and each note: one append each.
                ("workshop_store_append_duration_seconds_count", [("store", "sqlite"), ("status", "appended")], 1 + Phones + 1 + notesStored),
            };

            // Disconnections and sends finish on their own, a moment after the calls that caused them.
            PrometheusText scrape = null!;
            await Eventually.TrueAsync(async () =>
            {
                scrape = await ScrapeAsync(app);
                return expected.All(e => scrape.Sum(e.Name, e.Labels) == e.Value);
            }, TimeSpan.FromSeconds(10), "the product's metrics never matched the evening");

            foreach (var (name, labels, value) in expected)
            {
                Assert.True(scrape.Sum(name, labels) == value, $"{name}{{{string.Join(",", labels)}}} is {scrape.Sum(name, labels)}, expected {value}");
            }

            // ASP.NET Core's own meters and the runtime's are served beside the product's.
            Assert.True(scrape.Sum("http_server_request_duration_seconds_count") > 0, "ASP.NET Core's request duration is missing");
            Assert.True(scrape.Has("signalr_server_"), "ASP.NET Core's SignalR connection meter is missing");
            Assert.True(scrape.Has("dotnet_gc_"), "the runtime's meter is missing");

            // Numbers only: no id, code, token, nickname or note text, in any label or anywhere else.
            foreach (var secret in texts.Concat(joined).Append(session.SessionId).Append(session.JoinCode).Append(session.AnimatorToken).Append(board.Token))
            {
                Assert.DoesNotContain(secret, scrape.Text, StringComparison.Ordinal);
            }

            Assert.DoesNotContain(scrape.LabelValues(), v => v.Contains("secrète", StringComparison.Ordinal) || v.Contains(session.SessionId, StringComparison.Ordinal));
        }
        finally
        {
            foreach (var phone in phones)
            {
                await phone.DisposeAsync();
            }
        }
    }

    private static async Task<PrometheusText> ScrapeAsync(WorkshopApplication app)
    {
        using var http = app.CreateClient();
        return new PrometheusText(await http.GetStringAsync("/metrics").DefaultTimeout());
    }
}
