using System.Diagnostics;
using System.Globalization;
using StartupTerritoire.ClusteringBench;
using StartupTerritoire.WorkshopEngine.Clustering;

// Product against the issue's baseline on the shared development data, plus the speed of the two entry points.
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
    TitleWeight = Number("--title") ?? defaults.TitleWeight,
    PlacementThemeWeight = Number("--placement-theme") ?? defaults.PlacementThemeWeight,
    FeedbackRounds = (int)(Number("--feedback-rounds") ?? defaults.FeedbackRounds),
    FeedbackShare = Number("--feedback-share") ?? defaults.FeedbackShare,
    FeedbackWeight = Number("--feedback-weight") ?? defaults.FeedbackWeight,
    PlacementThreshold = Number("--placement-threshold") ?? defaults.PlacementThreshold,
};
var clusterer = new NoteClusterer(options);
var notes = LabelledSet.Read(notesPath);
var sib = LabelledSet.Read(sibPath);

if (!arguments.Contains("--sorting-only"))
{
    Console.WriteLine("| set | level | true groups | product groups | product ARI | product NMI | baseline ARI | baseline NMI | ratio ARI product/baseline |");
    Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
    Row(notes, "idea", Granularity.Medium);
    Row(notes, "theme", Granularity.Coarse);
    Row(sib, "category", Granularity.Coarse);
    Console.WriteLine();
    Console.WriteLine("Automatic grouping, ARI on each theme's notes averaged over the themes (leave-one-theme-out: the lexicon without the held-out theme):");
    Console.WriteLine();
    Console.WriteLine("| set | level | whole lexicon | held out: the lexicon theme of the same id removed | held out: every lexicon theme its notes name removed |");
    Console.WriteLine("|---|---|---|---|---|");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {notes.Name} | idea (medium) | {HeldOut.GroupingAriWithin(clusterer, notes, "theme", "idea", Granularity.Medium):0.000} | {HeldOut.GroupingAri(notes, "theme", "idea", Granularity.Medium, options, sameIdOnly: true):0.000} | {HeldOut.GroupingAri(notes, "theme", "idea", Granularity.Medium, options):0.000} |"));
}

SortingTable();
if (arguments.Contains("--sorting-only"))
{
    return 0;
}

// Sorting from the animator's first moves, product against the engine's one-note suggestion (the baseline), overall
// and on held-out themes (leave-one-theme-out).
void SortingTable()
{
    var legacy = new NoteClusterer(options);
    Console.WriteLine();
    Console.WriteLine("Sorting from first moves: share of the remaining notes suggested into their true group (unplaced counts as wrong):");
    Console.WriteLine();
    Console.WriteLine("| set | placed per group | titles | baseline | product | baseline, held out | product, held out (same id) | product, held out (every theme named) |");
    Console.WriteLine("|---|---|---|---|---|---|---|---|");
    void Line(LabelledSet set, string level, string themeColumn, int placed, Func<string, string>? title, string titles) =>
        Console.WriteLine($"| {set.Name} | {placed} | {titles} | {Sorting.Percent(Sorting.Baseline(legacy, set, level, placed))} | " +
            $"{Sorting.Percent(Sorting.Product(clusterer, set, level, placed, title))} | {Sorting.Percent(HeldOut.BaselineShare(set, themeColumn, level, placed, options))} | " +
            $"{Sorting.Percent(HeldOut.SortingShare(set, themeColumn, level, placed, title, options, sameIdOnly: true))} | {Sorting.Percent(HeldOut.SortingShare(set, themeColumn, level, placed, title, options))} |");
    Line(notes, "idea", "theme", 1, null, "none");
    Line(notes, "idea", "theme", 1, Sorting.TitleOfCode, "idea code");
    Line(notes, "idea", "theme", 2, null, "none");
    Line(notes, "idea", "theme", 2, Sorting.TitleOfCode, "idea code");
    Line(sib, "category", "category", 1, null, "none");
    Line(sib, "category", "category", 1, Sorting.FrenchTopic, "French topic");
    Line(sib, "category", "category", 2, Sorting.FrenchTopic, "French topic");
    // General French resources measured beside the product, each rewriting the texts before the engine reads them.
    void Trial(string resource, Func<string, string> rewrite)
    {
        var rewrittenNotes = notes.Rewritten(rewrite);
        Line(rewrittenNotes, "idea", "theme", 1, null, $"none, {resource}");
        Line(rewrittenNotes, "idea", "theme", 1, Sorting.TitleOfCode, $"idea code, {resource}");
        Line(sib.Rewritten(rewrite), "category", "category", 1, Sorting.FrenchTopic, $"French topic, {resource}");
    }

    if (Number("--thesaurus") is { } perMeaning && ThesaurusExpansion.Load((int)perMeaning, arguments.Contains("--mutual")) is { } thesaurus)
    {
        // The Debian thesaurus's synonyms added to each text.
        Trial("thesaurus", text => StemExpansion.Append(text, thesaurus));
    }

    if (arguments.Contains("--hunspell") && HunspellLemmas.Load(notes.Texts.Concat(sib.Texts)) is { } lemmas)
    {
        // Every word replaced by its Hunspell lemma.
        Trial("Hunspell lemmas", text => HunspellLemmas.Lemmatize(text, lemmas));
        Console.WriteLine($"(Hunspell lemmas for {lemmas.Count} words.)");
    }

    if (Number("--wordnet") is { } skip && WordNetFields.Load((int)skip) is { } fields)
    {
        // WordNet hypernyms of the FreeDict translations added to each text.
        Trial("WordNet", text => StemExpansion.Append(text, fields));
        Console.WriteLine($"(WordNet fields for {fields.Count} French stems.)");
    }
}

void Row(LabelledSet set, string level, Granularity granularity)
{
    var truth = set.Labels[level];
    var predicted = set.GroupedBy(clusterer, granularity);
    var productGroups = predicted.Distinct().Count();
    var trueGroups = truth.Distinct().Count();
    // --product-only skips the baseline and the timings, for quick sweeps of the options.
    var baseline = arguments.Contains("--product-only") ? predicted : WardBaseline.Cluster(set.Texts, trueGroups);
    var ari = Agreement.AdjustedRand(truth, predicted);
    var baselineAri = Agreement.AdjustedRand(truth, baseline);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {set.Name} | {level} ({GranularityName(granularity)}) | {trueGroups} | {productGroups} | {ari:0.000} | {Agreement.NormalizedMutualInformation(truth, predicted):0.000} | {baselineAri:0.000} | {Agreement.NormalizedMutualInformation(truth, baseline):0.000} | {ari / baselineAri:0.0}× |"));
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

// Sorting: the 500 notes with the first note of each notes_fr idea placed and titled; then one new note at a time
// against the 140 notes placed in their true idea (what the console asks each time a note arrives).
var firstMoves = Sorting.FirstMoves(notes, "idea", 1, Sorting.TitleOfCode);
var sortFiveHundred = firstMoves.Notes.Concat(fiveHundred.Skip(240)).ToList();
var sortTimes = new List<double>();
for (var run = 0; run < 16; run++)
{
    var fresh = new NoteClusterer(options);
    var watch = Stopwatch.StartNew();
    fresh.SuggestPlacements(sortFiveHundred, firstMoves.Groups);
    // The first run warms the code up and is not counted.
    if (run > 0)
    {
        sortTimes.Add(watch.Elapsed.TotalMilliseconds);
    }
}

var ideaGroups = clustered.Select(c => c.ClusterId!).Distinct().Select(id => new PlacedGroup(id, Sorting.TitleOfCode(id))).ToList();
var oneTimes = new List<double>();
var sorter = new NoteClusterer(options);
for (var i = 140; i < 240; i++)
{
    var watch = Stopwatch.StartNew();
    sorter.SuggestPlacements([.. clustered, new ClusterableNote(notes.Ids[i], notes.Texts[i])], ideaGroups);
    if (i > 140)
    {
        oneTimes.Add(watch.Elapsed.TotalMilliseconds);
    }
}

Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"SuggestPlacements, 500 notes, 24 placed: median {Median(sortTimes):0.0} ms over 15 runs."));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"SuggestPlacements, one new note against 140 placed: median {Median(oneTimes):0.00} ms over 99 notes."));
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
