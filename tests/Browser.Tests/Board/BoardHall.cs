using StartupTerritoire.Browser.Tests.Infrastructure;
using StartupTerritoire.Server.Api;

namespace StartupTerritoire.Browser.Tests.Board;

/// <summary>The soirées the board tests stand in: an émergence in the Ardèche, filled through <see cref="HallSeeder"/>.</summary>
internal static class BoardHall
{
    public const string Workshop = "w-em";
    public const string Title = "Vivre et travailler au pays";
    public const string Challenge = "Quelles activités nouvelles pour faire vivre nos villages d'Ardèche méridionale toute l'année ?";

    public static Task<CreatedSession> CreateAsync(ServerProcess server, string title) => server.CreateSessionAsync(new
    {
        title,
        open = true,
        workshops = new object[]
        {
            new { id = Workshop, format = "emergence", title = Title, challenge = Challenge, theme = "Économie locale" },
        },
    });

    /// <summary>
    /// People write the notes in silence, then the regroupement round reveals them: the state a board is in when the
    /// room first sees its post-it. Each person writes <c>ceil(notes / people)</c> notes at most; returns the note ids.
    /// </summary>
    public static async Task<(IReadOnlyList<SeededParticipant> People, IReadOnlyList<string> NoteIds)> RevealedAsync(HallSeeder hall, IReadOnlyList<string> notes, int people)
    {
        var joined = await hall.JoinAsync(people);
        await hall.StartRoundAsync(Workshop, "ideation");
        var ids = await hall.PostNotesAsync(Workshop, "idee", notes.Select((text, i) => (joined[i % joined.Count], text)));
        await hall.StartRoundAsync(Workshop, "regroupement");
        return (joined, ids);
    }

    /// <summary>
    /// A hall of 300 after the regroupement: the 24 ideas of the development data as named regroupements, a 25th
    /// with a long title (the 400-character note among its 10), and the 50 notes left over to sort.
    /// </summary>
    public static async Task<(IReadOnlyList<SeededParticipant> People, IReadOnlyList<(string Id, string Title, int Notes)> Clusters)> TwentyFiveClustersAsync(HallSeeder hall)
    {
        var (people, ids) = await RevealedAsync(hall, HallNotes.All, 300);
        var clusters = new List<(string, string, int)>();
        foreach (var (idea, notes) in HallNotes.Ideas)
        {
            var noteIds = HallNotes.Ardeche.Select((n, i) => (n, i)).Where(x => x.n.Idea == idea).Select(x => ids[x.i]).ToList();
            var title = HallNotes.TitleOf(idea);
            clusters.Add((await hall.CreateClusterAsync(Workshop, title, noteIds), title, notes.Count));
        }

        // The 60 notes written for the tests come after the 240: the last ten, the long one with them, make the 25th.
        var last = ids.Skip(ids.Count - 10).ToList();
        clusters.Add((await hall.CreateClusterAsync(Workshop, HallNotes.LongTitle, last), HallNotes.LongTitle, last.Count));
        return (people, clusters);
    }
}
