using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Groups;
using StartupTerritoire.Server.Tests.Infrastructure;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Groups;
using StartupTerritoire.WorkshopEngine.Pistes;

namespace StartupTerritoire.Server.Tests.Groups;

/// <summary>
/// The naughty strings typed into every text field of a working group, one field after the other: each is kept as
/// the engine keeps any text (trimmed, NFC, no control characters) or refused with the engine's typed error and
/// nothing stored; the server never fails; a meeting's .ics stays valid iCalendar whatever its title, place and
/// agenda hold.
/// </summary>
public sealed class GroupHostileTextTests(WorkshopApplication app) : IClassFixture<WorkshopApplication>
{
    private static readonly DateTimeOffset s_startsAt = new(2027, 3, 11, 18, 30, 0, TimeSpan.FromHours(1));
    private readonly GroupClient _groups = new(app.CreateClient());

    [Fact]
    public async Task HostileTextInEveryGroupFieldIsKeptAsTheEngineKeepsItOrRefusedWithItsTypedErrorAndTheCalendarStaysValid()
    {
        var created = await _groups.CreateAsync();
        var seat = GroupClient.Token(created.Seats[0]);
        var member = await _groups.JoinAsync(created.JoinCode, "Mireille");
        var group = $"/api/groups/{created.GroupId}";
        string? Optional(string text, int max, bool newLines = true) => Input.NullIfEmpty(Input.Optional(text, max, "text", newLines));
        object Meeting(string title = "Revue d'étape", string place = "Salle des fêtes", string agenda = "", string minutes = "") =>
            new { title, startsAt = s_startsAt, durationMinutes = 90, place, agenda, minutes };

        // Each field: the engine's own check of the text, the write that types it, and where the group page shows it.
        var fields = new List<Field>
        {
            new("canvas text", t => Input.NoteText(t), (t, i) => (HttpMethod.Put, $"canvas/h-{i}", member.Token, new { block = "proposition", text = t }), (g, i) => Item(g, "canvas", i, "text")),
            new("action", t => Input.Line(t, Input.MaxLongTextLength, "what"), (t, i) => (HttpMethod.Put, $"actions/h-{i}", member.Token, new { what = t, done = false }), (g, i) => Item(g, "actions", i, "what")),
            new("action owner", t => Optional(t, Input.MaxNicknameLength, newLines: false), (t, i) => (HttpMethod.Put, $"actions/h-{i}", member.Token, new { what = "Relancer la mairie", ownerName = t, done = false }), (g, i) => Item(g, "actions", i, "ownerName")),
            new("milestone title", t => Input.Line(t, Input.MaxTitleLength, "title"), (t, i) => (HttpMethod.Put, $"milestones/h-{i}", seat, new { title = t, status = "planned" }), (g, i) => Item(g, "milestones", i, "title")),
            new("milestone note", t => Optional(t, Input.MaxLongTextLength), (t, i) => (HttpMethod.Put, $"milestones/h-{i}", seat, new { title = "Local trouvé", status = "planned", note = t }), (g, i) => Item(g, "milestones", i, "note")),
            new("meeting title", t => Input.Line(t, Input.MaxTitleLength, "title"), (t, i) => (HttpMethod.Put, $"meetings/h-{i}", seat, Meeting(title: t)), (g, i) => Item(g, "meetings", i, "title")),
            new("meeting place", t => Input.Optional(t, Input.MaxTitleLength, "place", allowNewLines: false), (t, i) => (HttpMethod.Put, $"meetings/h-{i}", seat, Meeting(place: t)), (g, i) => Item(g, "meetings", i, "place")),
            new("meeting agenda", t => Input.Optional(t, Input.MaxLongTextLength, "agenda"), (t, i) => (HttpMethod.Put, $"meetings/h-{i}", seat, Meeting(agenda: t)), (g, i) => Item(g, "meetings", i, "agenda")),
            new("meeting minutes", t => Input.Optional(t, WorkingGroup.MaxMinutesLength, "minutes"), (t, i) => (HttpMethod.Put, $"meetings/h-{i}", seat, Meeting(minutes: t)), (g, i) => Item(g, "meetings", i, "minutes")),
            new("card name", t => Input.Line(t, Input.MaxTitleLength, "name"), (t, _) => (HttpMethod.Put, "card", seat, new { name = t, promise = "Réparer au village", stage = "exploration" }), (g, _) => g.GetProperty("name").GetString()),
            new("card promise", t => Input.Optional(t, WorkingGroup.MaxPromiseLength, "promise", allowNewLines: false), (t, _) => (HttpMethod.Put, "card", seat, new { name = "Ressourcerie", promise = t, stage = "exploration" }), (g, _) => g.GetProperty("promise").GetString()),
            new("contact name", t => Optional(t, ContactDetails.MaxFieldLength, newLines: false), (t, _) => (HttpMethod.Put, "me/contact", member.Token, new { contact = new { name = t, phone = "06 12 34 56 78" }, consent = true }),
                (g, _) => g.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("id").GetString() == member.MemberId).GetProperty("contact").GetProperty("name").GetString()),
        };

        var strings = NaughtyStrings.All();
        var version = await VersionAsync(created.GroupId, seat);
        var (kept, refused, calendars) = (0, 0, 0);
        for (var i = 0; i < strings.Count; i++)
        {
            var text = strings[i];
            var slot = i % (fields.Count + 1);
            if (slot == fields.Count)
            {
                // Every so often the string is a nickname, typed to join the group.
                (kept, refused) = await JoinAsync(created, seat, text) ? (kept + 1, refused) : (kept, refused + 1);
                version = await VersionAsync(created.GroupId, seat);
                continue;
            }

            var field = fields[slot];
            var (method, path, token, body) = field.Write(text, i);
            var response = await _groups.SendAsync(method, $"{group}/{path}", token, body);
            var expected = Kept(field.Check, text);
            var page = (await _groups.PageAsync(created.GroupId, seat)).GetProperty("group");
            if (expected.Error is { } code)
            {
                await AssertRefusedAsync(response, code, $"{field.Name} {Show(text)}");
                Assert.Equal(version, page.GetProperty("version").GetInt64());
                refused++;
                continue;
            }

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{field.Name} {Show(text)}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            Assert.Equal(expected.Text, field.Read(page, i));
            version = page.GetProperty("version").GetInt64();
            kept++;
            if (field.Name is "meeting title" or "meeting place" or "meeting agenda")
            {
                var ics = await _groups.SendAsync(HttpMethod.Get, $"{group}/meetings/h-{i}/ics", seat, null);
                Assert.Equal(HttpStatusCode.OK, ics.StatusCode);
                var meeting = page.GetProperty("meetings").EnumerateArray().Single(m => m.GetProperty("id").GetString() == $"h-{i}");
                AssertValidCalendar(await ics.Content.ReadAsByteArrayAsync(), $"{page.GetProperty("name").GetString()} : {meeting.GetProperty("title").GetString()}",
                    meeting.GetProperty("place").GetString()!, meeting.GetProperty("agenda").GetString()!);
                calendars++;
            }
        }

        Assert.True(kept > 400 && refused > 10 && calendars > 100, $"{kept} kept, {refused} refused, {calendars} calendars: the list was not read");
    }

    // Joins with the text as nickname: kept as the engine keeps it, or refused and nobody joined.
    private async Task<bool> JoinAsync(CreatedGroup created, string seat, string text)
    {
        var before = await VersionAsync(created.GroupId, seat);
        var response = await _groups.Http.PostAsJsonAsync($"/api/groups/join/{created.JoinCode}", new GroupJoinRequest(text)).DefaultTimeout();
        var expected = Kept(t => Input.Line(t, Input.MaxNicknameLength, "nickname"), text);
        if (expected.Error is { } code)
        {
            await AssertRefusedAsync(response, code, $"nickname {Show(text)}");
            Assert.Equal(before, await VersionAsync(created.GroupId, seat));
            return false;
        }

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"nickname {Show(text)}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var joined = (await response.Content.ReadFromJsonAsync<GroupJoined>().DefaultTimeout())!;
        var members = (await _groups.PageAsync(created.GroupId, seat)).GetProperty("group").GetProperty("members");
        Assert.Equal(expected.Text, members.EnumerateArray().Single(m => m.GetProperty("id").GetString() == joined.MemberId).GetProperty("nickname").GetString());
        return true;
    }

    /// <summary>
    /// RFC 5545: CRLF line ends, lines of at most 75 octets that each decode as UTF-8 on their own (a fold never
    /// splits a character), TEXT values with every ',', ';' and '\' escaped and newlines as "\n", giving back exactly
    /// what was stored once unfolded and unescaped.
    /// </summary>
    private static void AssertValidCalendar(byte[] ics, string summary, string location, string agenda)
    {
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var lines = new List<string>();
        for (var start = 0; start < ics.Length;)
        {
            var end = ics.AsSpan(start).IndexOf("\r\n"u8);
            Assert.True(end >= 0, "the file ends with CRLF");
            Assert.True(end <= 75, $"a line of {end} octets");
            lines.Add(strict.GetString(ics, start, end));
            start += end + 2;
        }

        Assert.DoesNotContain(lines, l => l.Contains('\r', StringComparison.Ordinal) || l.Contains('\n', StringComparison.Ordinal));
        var unfolded = new List<string>();
        foreach (var line in lines)
        {
            if (line.StartsWith(' '))
            {
                unfolded[^1] += line[1..];
            }
            else
            {
                unfolded.Add(line);
            }
        }

        var properties = unfolded.Select(l => (Name: l[..l.IndexOf(':', StringComparison.Ordinal)], Value: l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..])).ToList();
        Assert.Equal(("BEGIN", "VCALENDAR"), properties[0]);
        Assert.Equal(("END", "VCALENDAR"), properties[^1]);
        Assert.Equal(summary, Unescape(properties.Single(p => p.Name == "SUMMARY").Value));
        Assert.Equal(location.Length == 0 ? null : location, properties.Where(p => p.Name == "LOCATION").Select(p => Unescape(p.Value)).SingleOrDefault());
        Assert.Contains(agenda, Unescape(properties.Single(p => p.Name == "DESCRIPTION").Value), StringComparison.Ordinal);
    }

    // The reverse of TEXT escaping; an unescaped ',' or ';' or a backslash before anything else is invalid.
    private static string Unescape(string value)
    {
        var text = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            Assert.False(value[i] is ',' or ';', $"unescaped '{value[i]}' in {value}");
            if (value[i] != '\\')
            {
                text.Append(value[i]);
                continue;
            }

            Assert.True(i + 1 < value.Length && value[i + 1] is '\\' or ';' or ',' or 'n' or 'N', $"a stray backslash in {value}");
            text.Append(value[++i] is 'n' or 'N' ? '\n' : value[i]);
        }

        return text.ToString();
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string code, string what)
    {
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(code, (await response.Content.ReadFromJsonAsync<ApiError>().DefaultTimeout())!.Code);
    }

    private async Task<long> VersionAsync(string groupId, string seat) =>
        (await _groups.PageAsync(groupId, seat)).GetProperty("group").GetProperty("version").GetInt64();

    private static (string? Text, string? Error) Kept(Func<string, string?> check, string text)
    {
        try
        {
            return (check(text), null);
        }
        catch (WorkshopException ex)
        {
            return (null, ex.Code);
        }
    }

    private static string? Item(JsonElement group, string list, int i, string property) =>
        group.GetProperty(list).EnumerateArray().Single(e => e.GetProperty("id").GetString() == $"h-{i}").GetProperty(property).GetString();

    private static string Show(string text) => JsonSerializer.Serialize(text);

    private sealed record Field(
        string Name,
        Func<string, string?> Check,
        Func<string, int, (HttpMethod Method, string Path, string Token, object Body)> Write,
        Func<JsonElement, int, string?> Read);
}
