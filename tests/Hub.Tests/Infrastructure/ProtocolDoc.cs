using System.Text;
using System.Text.RegularExpressions;

namespace StartupTerritoire.Server.Tests.Infrastructure;

/// <summary>
/// The wire shapes docs/protocol.md lists, read from the document itself so a test holds the server to it: the
/// objects of "What the server sends" (tables of keys, and inline <c>`Name`: `{ "key": … }`</c> definitions), the data
/// of each event type ("Event types": <c>`field?` (Record)</c> lists), the snapshot and the records it contains
/// ("Snapshot shape").
/// </summary>
public sealed partial class ProtocolDoc
{
    private readonly Dictionary<string, WireShape> _records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WireShape> _events = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DocumentedHubMethod> _hubMethods = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _argumentObjects = new(StringComparer.Ordinal);

    private ProtocolDoc()
    {
    }

    /// <summary>The named objects: those of the server's messages (EventBatch, Caller…) and the snapshot's records.</summary>
    public IReadOnlyDictionary<string, WireShape> Records => _records;

    /// <summary>The data of each event type, by type name.</summary>
    public IReadOnlyDictionary<string, WireShape> Events => _events;

    /// <summary>The snapshot (SessionSnapshot).</summary>
    public WireShape Snapshot { get; private set; } = null!;

    /// <summary>The hub methods ("Hub methods"), by name.</summary>
    public IReadOnlyDictionary<string, DocumentedHubMethod> HubMethods => _hubMethods;

    /// <summary>The keys of each argument object ("Argument objects"), by type name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ArgumentObjects => _argumentObjects;

    public static ProtocolDoc Load() => Parse(File.ReadAllText(RepositoryPaths.ExistingFile("docs", "protocol.md")));

    public static ProtocolDoc Parse(string markdown)
    {
        var doc = new ProtocolDoc();
        var sections = Sections(markdown);
        var sends = Section(sections, "What the server sends");
        var events = Section(sections, "Event types");
        var snapshot = Section(sections, "Snapshot shape");

        // Names first, so a field may name a record listed further down.
        var recordRows = Tables(snapshot).Skip(1).First().ToList();
        foreach (var row in recordRows)
        {
            doc.Declare(row[0].Trim('*', ' '));
        }

        var messages = Subsections(sends);
        foreach (var (heading, body) in messages)
        {
            if (KeyTables(body) is not null && MessageName().Match(heading) is { Success: true } name)
            {
                doc.Declare(name.Groups[1].Value);
            }

            foreach (Match inline in InlineObject().Matches(body))
            {
                doc.Declare(inline.Groups[1].Value);
            }
        }

        foreach (var row in recordRows)
        {
            doc.ReadFields(row[1], doc._records[row[0].Trim('*', ' ')]);
        }

        foreach (var (heading, body) in messages)
        {
            if (KeyTables(body) is { } table && MessageName().Match(heading) is { Success: true } name)
            {
                doc.ReadKeyTable(table, doc._records[name.Groups[1].Value]);
            }

            foreach (Match inline in InlineObject().Matches(body))
            {
                var shape = doc._records[inline.Groups[1].Value];
                foreach (Match key in QuotedKey().Matches(inline.Groups[2].Value))
                {
                    shape.Fields[key.Groups[1].Value] = null;
                }
            }
        }

        doc.Snapshot = new WireShape("SessionSnapshot");
        doc.ReadKeyTable(Tables(snapshot).First(), doc.Snapshot);

        foreach (var row in Tables(events).SelectMany(t => t))
        {
            var type = row[0].Trim('`', ' ');
            var shape = new WireShape(type);
            doc.ReadFields(row[1], shape);
            doc._events[type] = shape;
        }

        doc.ReadHubMethods(Section(sections, "Hub methods"));
        foreach (var (heading, body) in Subsections(Section(sections, "Argument objects")))
        {
            var name = MessageName().Match(heading).Groups[1].Value;
            doc._argumentObjects[name] = KeyTables(body) is { } table
                ? [.. table.Select(row => row[0].Trim('`', ' '))]
                : [.. QuotedKey().Matches(body[..(body.IndexOf('}', StringComparison.Ordinal) + 1)]).Select(m => m.Groups[1].Value)];
        }

        return doc;
    }

    // "### 12.4 Rounds (animator, coAnimator; …)" names the roles of a table without an "Allowed" column; a row's
    // first cell is the signature: `ExtendRound(string? requestId, string workshopId, …)`.
    private void ReadHubMethods(string section)
    {
        foreach (var (heading, body) in Subsections(section))
        {
            var headingRoles = heading.Contains('(', StringComparison.Ordinal) ? Roles(heading[heading.IndexOf('(', StringComparison.Ordinal)..]) : [];
            foreach (var (header, rows) in TablesWithHeaders(body).Where(t => t.Header[0] == "Method"))
            {
                var allowed = Array.IndexOf(header, "Allowed");
                var returns = Array.IndexOf(header, "Returns");
                foreach (var row in rows)
                {
                    var signature = Signature().Match(row[0]);
                    if (!signature.Success)
                    {
                        throw new FormatException($"Cannot read the signature '{row[0]}'.");
                    }

                    var parameters = signature.Groups[2].Value.Length == 0
                        ? []
                        : signature.Groups[2].Value.Split(", ").Select(p => p.Split(' ')).Select(p => (p[0], p[1])).ToList();
                    _hubMethods[signature.Groups[1].Value] = new DocumentedHubMethod(
                        signature.Groups[1].Value,
                        parameters,
                        allowed < 0 ? headingRoles : Roles(row[allowed]),
                        returns < 0 ? "long" : row[returns].Trim('`', ' '));
                }
            }
        }
    }

    private static IReadOnlyList<string> Roles(string text) =>
        text.Trim() == "all" ? ["animator", "coAnimator", "participant", "board"] : [.. RoleName().Matches(text).Select(m => m.Value)];

    private void Declare(string name) => _records.TryAdd(name, new WireShape(name));

    // A table whose first column is the key and second its type: `events` | `EventMessage[]`.
    private void ReadKeyTable(IEnumerable<string[]> rows, WireShape into)
    {
        foreach (var row in rows)
        {
            into.Fields[row[0].Trim('`', ' ')] = Nested(row[1]);
        }
    }

    // "`workshopId`, `notes` (`[{ noteId, text }]`), `contact?` (ContactDetails)": one key per item, with the shape
    // its parentheses name (a record, or an inline { … } object); "(none: `{}`)" lists nothing.
    private void ReadFields(string text, WireShape into)
    {
        foreach (var raw in SplitTopLevel(text))
        {
            var item = raw.Trim();
            if (item.Length == 0 || item.StartsWith("(none", StringComparison.Ordinal))
            {
                continue;
            }

            var name = FieldName().Match(item);
            if (!name.Success)
            {
                throw new FormatException($"Cannot read a field name in '{item}' of {into.Name}.");
            }

            var rest = item[(name.Index + name.Length)..];
            var open = rest.IndexOf('(', StringComparison.Ordinal);
            into.Fields[name.Groups[1].Value] = open < 0 ? null : Nested(rest[(open + 1)..rest.LastIndexOf(')')]);
        }
    }

    private WireShape? Nested(string description)
    {
        var open = description.IndexOf('{', StringComparison.Ordinal);
        if (open >= 0)
        {
            var inline = new WireShape("{ … }");
            ReadFields(description[(open + 1)..description.LastIndexOf('}')], inline);
            return inline;
        }

        return Word().Matches(description).Select(w => _records.GetValueOrDefault(w.Value)).FirstOrDefault(r => r is not null);
    }

    private static List<(string Heading, string Body)> Sections(string markdown) => Split(markdown, "## ");

    private static List<(string Heading, string Body)> Subsections(string section) => Split(section, "### ");

    private static List<(string Heading, string Body)> Split(string text, string marker)
    {
        var result = new List<(string, StringBuilder)>();
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith(marker, StringComparison.Ordinal))
            {
                result.Add((line[marker.Length..].Trim(), new StringBuilder()));
            }
            else if (result.Count > 0)
            {
                result[^1].Item2.Append(line).Append('\n');
            }
        }

        return [.. result.Select(r => (r.Item1, r.Item2.ToString()))];
    }

    private static string Section(List<(string Heading, string Body)> sections, string title) =>
        sections.Single(s => s.Heading.EndsWith(title, StringComparison.Ordinal)).Body;

    private static List<string[]>? KeyTables(string body) =>
        Tables(body).FirstOrDefault(t => t.Count > 0) is { } rows && rows[0][0].StartsWith('`') ? rows : null;

    // Each table's body rows (header and separator left out), split into cells; "\|" is a pipe inside a cell.
    private static List<List<string[]>> Tables(string body) => [.. TablesWithHeaders(body).Select(t => t.Rows)];

    private static List<(string[] Header, List<string[]> Rows)> TablesWithHeaders(string body)
    {
        var tables = new List<(string[] Header, List<string[]> Rows)>();
        var inTable = false;
        foreach (var line in body.Split('\n'))
        {
            if (!line.StartsWith('|'))
            {
                inTable = false;
                continue;
            }

            var cells = CellSeparator().Split(line.Trim().Trim('|')).Select(c => c.Replace("\\|", "|", StringComparison.Ordinal).Trim()).ToArray();
            if (!inTable)
            {
                tables.Add((cells, []));
                inTable = true;
            }
            else if (!line.StartsWith("|--", StringComparison.Ordinal))
            {
                tables[^1].Rows.Add(cells);
            }
        }

        return tables;
    }

    // Splits at commas outside parentheses, braces, brackets and code spans.
    private static IEnumerable<string> SplitTopLevel(string text)
    {
        var depth = 0;
        var code = false;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '`':
                    code = !code;
                    break;
                case '(' or '{' or '[' when !code:
                    depth++;
                    break;
                case ')' or '}' or ']' when !code:
                    depth--;
                    break;
                case ',' when depth == 0 && !code:
                    yield return text[start..i];
                    start = i + 1;
                    break;
            }
        }

        yield return text[start..];
    }

    [GeneratedRegex(@"^`?([A-Za-z]+)\??(?:\[\])?`?")]
    private static partial Regex FieldName();

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex CellSeparator();

    [GeneratedRegex(@"`(?:\w+\()?(\w+)(?: \w+\))?`")]
    private static partial Regex MessageName();

    [GeneratedRegex(@"`(\w+)`: `\{(.*?)\}`", RegexOptions.Singleline)]
    private static partial Regex InlineObject();

    [GeneratedRegex(@"""(\w+)"":")]
    private static partial Regex QuotedKey();

    [GeneratedRegex(@"^`(\w+)\(([^)]*)\)`$")]
    private static partial Regex Signature();

    [GeneratedRegex(@"\b(animator|coAnimator|participant|board)\b")]
    private static partial Regex RoleName();
}
