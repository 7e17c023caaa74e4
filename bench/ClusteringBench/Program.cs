using System.Diagnostics;
using System.Globalization;
using StartupTerritoire.ClusteringBench;
using StartupTerritoire.WorkshopEngine.Clustering;

// Product against the baseline on the shared development data, plus the speed of the two entry points.
var arguments = args.ToList();
string? Option(string name)
{
    var i = arguments.IndexOf(name);
    return i >= 0 && i + 1 < arguments.Count ? arguments[i + 1] : null;
}

double? Number(string name) => Option(name) is { } s ? double.Parse(s, CultureInfo.InvariantCulture) : null;

var data = Option("--data") is { } given ? Path.GetFullPath(given) : DefaultDataFolder();
var notesPath = Path.Combine(data, "notes_fr.tsv");
var sibPath = Path.Combine(data, "sib200_fra.tsv");
foreach (var path in new[] { notesPath, sibPath })
{
    if (!File.Exists(path))
    {
        Console.Error.WriteLine($"Missing {path}: the development data lives in ../shared/data/clustering beside the repository (or pass --data DIR).");
        return 2;
    }
}

var defaults = ClusteringOptions.Default;
var options = defaults with
{
    WordWeight = Number("--word") ?? defaults.WordWeight,
    CharacterWeight = Number("--char") ?? defaults.CharacterWeight,
    BigramWeight = Number("--bigram") ?? defaults.BigramWeight,
    SizePenalty = Number("--penalty") ?? defaults.SizePenalty,
    ThresholdAtLevelOne = Number("--scale") ?? defaults.ThresholdAtLevelOne,
    ConceptWeight = Number("--concept") ?? defaults.ConceptWeight,
    ThemeWeight = Number("--theme") ?? defaults.ThemeWeight,
};
var clusterer = new NoteClusterer(options);
var notes = LabelledSet.Read(notesPath);
var sib = LabelledSet.Read(sibPath);

Console.WriteLine("| set | level | true groups | product groups | product ARI | product NMI | baseline ARI | baseline NMI | ratio ARI product/baseline |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
Row(notes, "idea", Granularity.Medium);
Row(notes, "theme", Granularity.Coarse);
Row(sib, "category", Granularity.Coarse);

void Row(LabelledSet set, string level, Granularity granularity)
{
    var truth = set.Labels[level];
    var input = set.Ids.Select((id, i) => new ClusterableNote(id, set.Texts[i])).ToList();
    var groupOf = new Dictionary<string, string>();
    var groups = clusterer.Suggest(input, granularity);
    for (var g = 0; g < groups.Count; g++)
    {
        foreach (var id in groups[g].NoteIds)
        {
            groupOf[id] = "g" + g;
        }
    }

    var predicted = set.Ids.Select(id => groupOf[id]).ToArray();
    var trueGroups = truth.Distinct().Count();
    // --product-only skips the baseline and the timings, for quick sweeps of the options.
    var baseline = arguments.Contains("--product-only") ? predicted : WardBaseline.Cluster(set.Texts, trueGroups);
    var ari = Agreement.AdjustedRand(truth, predicted);
    var baselineAri = Agreement.AdjustedRand(truth, baseline);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {set.Name} | {level} ({GranularityName(granularity)}) | {trueGroups} | {groups.Count} | {ari:0.000} | {Agreement.NormalizedMutualInformation(truth, predicted):0.000} | {baselineAri:0.000} | {Agreement.NormalizedMutualInformation(truth, baseline):0.000} | {ari / baselineAri:0.0}× |"));
}

if (arguments.Contains("--product-only"))
{
    return 0;
}

// Speed: 500 notes (notes_fr and the first 260 SIB-200 sentences), a fresh engine each run so nothing is cached.
var fiveHundred = notes.Ids.Select((id, i) => new ClusterableNote(id, notes.Texts[i]))
    .Concat(sib.Ids.Take(260).Select((id, i) => new ClusterableNote(id, sib.Texts[i])))
    .ToList();
new NoteClusterer(options).Suggest(fiveHundred, Granularity.Medium);
var suggestTimes = new List<double>();
for (var run = 0; run < 15; run++)
{
    var fresh = new NoteClusterer(options);
    var watch = Stopwatch.StartNew();
    fresh.Suggest(fiveHundred, Granularity.Medium);
    suggestTimes.Add(watch.Elapsed.TotalMilliseconds);
}

// Incremental: the first 140 notes sit in their true idea; each of the next 100 is suggested on its own.
var clustered = notes.Ids.Take(140).Select((id, i) => new ClusterableNote(id, notes.Texts[i], notes.Labels["idea"][i])).ToList();
var incremental = new NoteClusterer(options);
incremental.SuggestFor(new ClusterableNote("warm-up", notes.Texts[140]), clustered, Granularity.Medium);
var forTimes = new List<double>();
int answered = 0, right = 0;
for (var i = 140; i < 240; i++)
{
    var watch = Stopwatch.StartNew();
    var suggestion = incremental.SuggestFor(new ClusterableNote(notes.Ids[i], notes.Texts[i]), clustered, Granularity.Medium);
    forTimes.Add(watch.Elapsed.TotalMilliseconds);
    answered += suggestion is null ? 0 : 1;
    right += suggestion == notes.Labels["idea"][i] ? 1 : 0;
}

Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Suggest, 500 notes: median {Median(suggestTimes):0.0} ms over 15 runs ({Environment.ProcessorCount} cores)."));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"SuggestFor against 140 clustered notes: median {Median(forTimes):0.00} ms per note over 100 notes; {answered} suggested, {right} in the right idea."));
return 0;

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

static string GranularityName(Granularity g) =>
    g == Granularity.Medium ? "medium" : g == Granularity.Coarse ? "coarse" : g == Granularity.Fine ? "fine" : g.Level.ToString(CultureInfo.InvariantCulture);

// The data sit beside the repository: <repo>/../shared/data/clustering, the repository found by its solution file.
static string DefaultDataFolder()
{
    foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StartupTerritoire.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "clustering"));
            }
        }
    }

    return Path.GetFullPath(Path.Combine("..", "shared", "data", "clustering"));
}
