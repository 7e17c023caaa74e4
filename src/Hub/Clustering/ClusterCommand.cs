using System.Globalization;
using System.Text;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Clustering;

namespace StartupTerritoire.Server.Clustering;

/// <summary>
/// <c>cluster --input FILE.tsv [--granularity G]</c>: groups the notes of a TSV (header with <c>id</c> and
/// <c>text</c>, other columns ignored) and prints <c>id	cluster	label</c>, one row per input row in input order,
/// clusters named g01, g02… in order of first appearance. Invalid input: a message on stderr and exit code 2.
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
            var (input, granularity) = ParseArguments(args);
            var notes = ReadNotes(input);
            var groups = new NoteClusterer().Suggest(notes, granularity);
            Write(notes, groups, output);
            return Success;
        }
        catch (InvalidInputException e)
        {
            error.WriteLine($"cluster: {e.Message}");
            error.WriteLine("usage: cluster --input FILE.tsv [--granularity fine|medium|coarse|NUMBER]");
            return InvalidInput;
        }
    }

    private static (string Input, Granularity Granularity) ParseArguments(IReadOnlyList<string> args)
    {
        string? input = null;
        string? granularity = null;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new InvalidInputException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--input": input = value; break;
                case "--granularity": granularity = value; break;
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
            return (input, Granularity.Parse(granularity ?? "medium"));
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
        path = Resolve(path);
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or DecoderFallbackException)
        {
            throw new InvalidInputException($"cannot read {path}: {e.Message}");
        }

        if (lines.Length == 0)
        {
            throw new InvalidInputException($"{path} is empty; its first line must be a header with id and text.");
        }

        var header = lines[0].TrimStart('\uFEFF').Split('\t');
        var idColumn = Array.IndexOf(header, "id");
        var textColumn = Array.IndexOf(header, "text");
        if (idColumn < 0 || textColumn < 0)
        {
            throw new InvalidInputException($"{path}: the header must name the columns id and text (tab-separated).");
        }

        var notes = new List<ClusterableNote>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var line = 1; line < lines.Length; line++)
        {
            // A trailing empty line is not a row.
            if (lines[line].Length == 0 && line == lines.Length - 1)
            {
                continue;
            }

            var fields = lines[line].Split('\t');
            if (fields.Length != header.Length)
            {
                throw new InvalidInputException($"{path}, line {line + 1}: {fields.Length} columns where the header has {header.Length}.");
            }

            var id = fields[idColumn].Trim();
            if (id.Length == 0)
            {
                throw new InvalidInputException($"{path}, line {line + 1}: empty id.");
            }

            if (!seen.Add(id))
            {
                throw new InvalidInputException($"{path}, line {line + 1}: the id {id} appears twice.");
            }

            notes.Add(new ClusterableNote(id, fields[textColumn]));
        }

        return notes;
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

    private static string OneLine(string text) => string.Join(' ', text.Split(['\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private sealed class InvalidInputException(string message) : Exception(message);
}
