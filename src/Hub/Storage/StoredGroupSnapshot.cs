using StartupTerritoire.WorkshopEngine.Groups;

namespace StartupTerritoire.Server.Storage;

/// <summary>
/// How the stores keep a group's snapshot. Over two years a group's history and its canvas versions repeat the same
/// texts thousands of times (each version copies the whole canvas, each history line the text it changed): written as
/// the state stands, the snapshot of a 5,000-event group weighed 4.6 MB and parsing it took longer than folding the
/// whole log. Here each distinct text is written once, and each canvas entry the versions share once, both referred
/// to by their index; the rest of the state is written as it is.
/// </summary>
internal sealed record StoredGroupSnapshot
{
    /// <summary>The state without its history and canvas versions, which follow in their shared form.</summary>
    public required GroupSnapshot State { get; init; }

    public required IReadOnlyList<string> Texts { get; init; }

    public required IReadOnlyList<Entry> Entries { get; init; }

    public required IReadOnlyList<Version> Versions { get; init; }

    public required IReadOnlyList<Change> History { get; init; }

    public static StoredGroupSnapshot From(GroupSnapshot snapshot)
    {
        var texts = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new Dictionary<CanvasItem, int>();
        int Text(string text) => texts.TryAdd(text, texts.Count) ? texts.Count - 1 : texts[text];
        int EntryOf(CanvasItem item) => entries.TryAdd(item, entries.Count) ? entries.Count - 1 : entries[item];

        var history = snapshot.History.Select(c => new Change(c.Seq, c.At, c.Area, c.ItemId, c.Kind, Text(c.Text), c.AuthorId, c.Block)).ToList();
        var versions = snapshot.CanvasVersions.Select(v => new Version(v.Number, v.Label, v.Seq, v.At, [.. v.Items.Select(EntryOf)])).ToList();
        return new StoredGroupSnapshot
        {
            State = snapshot with { History = [], CanvasVersions = [] },
            Texts = [.. texts.Keys],
            Entries = [.. entries.Keys.Select(i => new Entry(i.Id, i.Block, Text(i.Text), i.AuthorId, i.ChangedAt, i.Source))],
            Versions = versions,
            History = history,
        };
    }

    public GroupSnapshot ToSnapshot()
    {
        // Entries shared by several versions stay one object in memory too.
        var entries = Entries.Select(e => new CanvasItem(e.Id, e.Block, Texts[e.Text], e.AuthorId, e.ChangedAt, e.Source)).ToList();
        return State with
        {
            CanvasVersions = [.. Versions.Select(v => new CanvasVersion(v.Number, v.Label, v.Seq, v.At, [.. v.Entries.Select(i => entries[i])]))],
            History = [.. History.Select(c => new GroupChange(c.Seq, c.At, c.Area, c.ItemId, c.Kind, Texts[c.Text], c.AuthorId, c.Block))],
        };
    }

    /// <summary>A canvas entry held by one or more versions, its text by index.</summary>
    internal sealed record Entry(string Id, string Block, int Text, string AuthorId, DateTimeOffset ChangedAt, string? Source);

    /// <summary>A canvas version, its entries by index.</summary>
    internal sealed record Version(int Number, string Label, long Seq, DateTimeOffset At, IReadOnlyList<int> Entries);

    /// <summary>A history line, its text by index.</summary>
    internal sealed record Change(long Seq, DateTimeOffset At, string Area, string ItemId, string Kind, int Text, string? AuthorId, string? Block);
}
