using System.Globalization;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Clustering;

namespace StartupTerritoire.Server.Clustering;

/// <summary>
/// <c>cluster --input FILE.tsv [--granularity G] [--placed PLACED.tsv]</c>: groups the notes of a TSV (header with
/// <c>id</c> and <c>text</c>, other columns ignored) and prints <c>id	cluster	label</c>, one row per input row in input
/// order, clusters named g01, g02… in order of first appearance. With <c>--placed</c> (header with <c>id</c>,
/// <c>cluster</c> and an optional <c>title</c>), the notes listed there stay in their cluster and every other note is
/// sorted into one of those clusters, or left unplaced (<c>-</c>); the label is the cluster's title. Invalid input: a
/// message on stderr and exit code 2.
/// </summary>
internal static class ClusterCommand
{
    public const int Success = 0;
    public const int InvalidInput = 2;

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            var (input, granularity, placed) = ParseArguments(args);
            var notes = ReadNotes(input);
            if (placed is null)
            {
                Write(notes, new NoteClusterer().Suggest(notes, granularity), output);
            }
            else
            {
                var (placedNotes, groups) = ReadPlaced(placed, notes);
                var sorted = new NoteClusterer().SuggestPlacements(placedNotes, groups);
                WritePlaced(placedNotes, groups, sorted, output);
            }

            return Success;
        }
        catch (InvalidInputException e)
        {
            error.WriteLine($"cluster: {e.Message}");
            error.WriteLine("usage: cluster --input FILE.tsv [--granularity fine|medium|coarse|NUMBER] [--placed PLACED.tsv]");
            return InvalidInput;
        }
    }

    private static (string Input, Granularity Granularity, string? Placed) ParseArguments(IReadOnlyList<string> args)
    {
        string? input = null;
        string? granularity = null;
        string? placed = null;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new InvalidInputException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--input": input = value; break;
                case "--granularity": granularity = value; break;
                case "--placed": placed = value; break;
                default: throw new InvalidInputException($"unknown argument {args[i]}.");
            }

            i++;
        }

        if (string.IsNullOrWhiteSpace(input))
        {
            throw new InvalidInputException("--input FILE.tsv is required.");
        }

        try
        {
            return (input, Granularity.Parse(granularity ?? "medium"), placed);
        }
        catch (WorkshopException e)
        {
            throw new InvalidInputException($"bad granularity \"{granularity}\": {e.Message}");
        }
    }

    /// <summary>
    /// `dotnet run --project src/Hub` starts the program in src/Hub, not where the command was typed: a relative path
    /// not found from here is looked for from the repository root too (the folder holding StartupTerritoire.sln).
    /// </summary>
    internal static string Resolve(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path))
        {
            return path;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StartupTerritoire.sln")))
            {
                var fromRoot = Path.GetFullPath(Path.Combine(dir.FullName, path));
                return File.Exists(fromRoot) ? fromRoot : path;
            }
        }

        return path;
    }

    private static List<ClusterableNote> ReadNotes(string path)
    {
        var file = TsvFile.Read(path, "id", "text");
        var notes = new List<ClusterableNote>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in file.Rows)
        {
            var id = file.Field(row, "id")!.Trim();
            if (id.Length == 0)
            {
                throw new InvalidInputException($"{file.At(row)}: empty id.");
            }

            if (!seen.Add(id))
            {
                throw new InvalidInputException($"{file.At(row)}: the id {id} appears twice.");
            }

            notes.Add(new ClusterableNote(id, file.Field(row, "text")!));
        }

        return notes;
    }

    /// <summary>
    /// The notes with the clusters PLACED.tsv gives them, and those clusters in order of first appearance with their
    /// titles (a cluster's title may stand on any of its rows).
    /// </summary>
    private static (List<ClusterableNote> Notes, List<PlacedGroup> Groups) ReadPlaced(string path, List<ClusterableNote> notes)
    {
        var file = TsvFile.Read(path, "id", "cluster");
        var known = notes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var clusterOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var row in file.Rows)
        {
            var id = file.Field(row, "id")!.Trim();
            var cluster = file.Field(row, "cluster")!.Trim();
            var title = file.Field(row, "title")?.Trim() ?? "";
            if (!known.Contains(id))
            {
                throw new InvalidInputException($"{file.At(row)}: the id \"{id}\" is not a note of the input.");
            }

            if (cluster.Length == 0)
            {
                throw new InvalidInputException($"{file.At(row)}: empty cluster.");
            }

            if (!clusterOf.TryAdd(id, cluster))
            {
                throw new InvalidInputException($"{file.At(row)}: the id {id} appears twice.");
            }

            if (!titles.TryGetValue(cluster, out var given))
            {
                order.Add(cluster);
                titles[cluster] = title;
            }
            else if (title.Length > 0 && given.Length > 0 && title != given)
            {
                throw new InvalidInputException($"{file.At(row)}: the cluster {cluster} has two titles, \"{given}\" and \"{title}\".");
            }
            else if (given.Length == 0)
            {
                titles[cluster] = title;
            }
        }

        return (
            [.. notes.Select(n => clusterOf.TryGetValue(n.Id, out var c) ? n with { ClusterId = c } : n)],
            [.. order.Select(c => new PlacedGroup(c, titles[c]))]);
    }

    private static void Write(List<ClusterableNote> notes, IReadOnlyList<SuggestedGroup> groups, TextWriter output)
    {
        var groupOf = new Dictionary<string, SuggestedGroup>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            foreach (var id in group.NoteIds)
            {
                groupOf[id] = group;
            }
        }

        var names = new Dictionary<SuggestedGroup, string>(ReferenceEqualityComparer.Instance);
        var width = Math.Max(2, groups.Count.ToString(CultureInfo.InvariantCulture).Length);
        output.WriteLine("id\tcluster\tlabel");
        foreach (var note in notes)
        {
            var group = groupOf[note.Id];
            if (!names.TryGetValue(group, out var name))
            {
                names[group] = name = "g" + (names.Count + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
            }

            output.WriteLine($"{note.Id}\t{name}\t{OneLine(group.Label)}");
        }
    }

    /// <summary>Placed notes in their cluster, sorted ones in the cluster suggested, the others "-"; labels are titles.</summary>
    private static void WritePlaced(List<ClusterableNote> notes, List<PlacedGroup> groups, IReadOnlyList<Placement> sorted, TextWriter output)
    {
        var titles = groups.ToDictionary(g => g.ClusterId, g => g.Title, StringComparer.Ordinal);
        var suggested = sorted.ToDictionary(p => p.NoteId, p => p.ClusterId, StringComparer.Ordinal);
        output.WriteLine("id\tcluster\tlabel");
        foreach (var note in notes)
        {
            var cluster = note.ClusterId ?? suggested.GetValueOrDefault(note.Id);
            output.WriteLine(cluster is null ? $"{note.Id}\t-\t" : $"{note.Id}\t{OneLine(cluster)}\t{OneLine(titles[cluster])}");
        }
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
