using StartupTerritoire.WorkshopEngine.Clustering;
using StartupTerritoire.WorkshopEngine.Groups;

namespace StartupTerritoire.WorkshopEngine.Portfolio;

/// <summary>
/// Matches what projects need with what others offer: a need and an offer match when they share a category; the
/// offers of each need are ranked by the meaningful words both texts share (the clustering's French analysis: accents,
/// stop words and plurals set aside), at most <see cref="MaxPerNeed"/> kept. A project never matches itself, and a
/// stopped project neither needs nor offers anymore.
/// </summary>
public static class NeedMatcher
{
    /// <summary>The most offers shown for one need.</summary>
    public const int MaxPerNeed = 3;

    /// <summary>The links, by need (in project order), best offer first.</summary>
    public static IReadOnlyList<PortfolioLink> Match(IReadOnlyList<PortfolioProject> projects, string language)
    {
        ArgumentNullException.ThrowIfNull(projects);
        var live = projects.Where(p => p.Stage != PortfolioStage.Arrete && p.GroupId is not null).ToList();
        var offers = live.SelectMany(p => p.Offers.Select(o => (Project: p, Offer: o, Words: Words(o.Text)))).ToList();
        var links = new List<PortfolioLink>();
        foreach (var project in live)
        {
            foreach (var need in project.Needs)
            {
                var needWords = Words(need.Text);
                links.AddRange(offers
                    .Where(o => o.Offer.Category == need.Category && o.Project.Id != project.Id)
                    .Select(o => (o.Project, o.Offer, Shared: Shared(needWords, o.Words)))
                    .OrderByDescending(o => o.Shared.Count)
                    .ThenBy(o => o.Project.Name, StringComparer.CurrentCulture)
                    .ThenBy(o => o.Offer.Id, StringComparer.Ordinal)
                    .Take(MaxPerNeed)
                    .Select(o => new PortfolioLink(project.Id, need.Id, o.Project.Id, o.Offer.Id, need.Category, Why(need.Category, o.Shared, language), o.Shared.Count)));
            }
        }

        return links;
    }

    // Each stem with the word as the offer wrote it, so the why quotes words a reader recognises.
    private static Dictionary<string, string> Words(string text)
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var token in FrenchText.Analyze(text))
        {
            words.TryAdd(token.Stem, token.Surface);
        }

        return words;
    }

    private static List<string> Shared(Dictionary<string, string> need, Dictionary<string, string> offer) =>
        [.. offer.Where(w => need.ContainsKey(w.Key)).Select(w => w.Value).Distinct(StringComparer.Ordinal).Take(5)];

    private static string Why(string category, IReadOnlyList<string> shared, string language)
    {
        var name = ExchangeCategories.NameOf(category, language);
        return language == "en"
            ? shared.Count == 0 ? $"Same category: {name}" : $"Same category: {name}; words in common: {string.Join(", ", shared)}"
            : shared.Count == 0 ? $"Même catégorie : {name}" : $"Même catégorie : {name} ; mots en commun : {string.Join(", ", shared)}";
    }
}
