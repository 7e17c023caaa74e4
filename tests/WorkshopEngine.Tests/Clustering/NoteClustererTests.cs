using StartupTerritoire.WorkshopEngine.Clustering;

namespace StartupTerritoire.WorkshopEngine.Tests.Clustering;

public sealed class NoteClustererTests
{
    private static readonly NoteClusterer s_clusterer = new();

    private static List<ClusterableNote> Notes() =>
    [
        new("a1", "Une école de musique dans le village pour les enfants"),
        new("a2", "ecole de musique pour les enfant du village"),
        new("a3", "Des cours de musique à l'école du village"),
        new("b1", "Panneaux solaires sur le toit de la salle des fêtes"),
        new("b2", "des panneaux solaire sur les toits des bâtiments communaux"),
        new("b3", "Centrale solaire citoyenne avec des panneaux sur les toits"),
        new("c1", "Covoiturage pour aller travailler à Aubenas"),
        new("c2", "covoiturage solidaire pour aller au marché d'Aubenas"),
    ];

    private static HashSet<string> Partition(IEnumerable<SuggestedGroup> groups) =>
        groups.Select(g => string.Join(",", g.NoteIds.Order(StringComparer.Ordinal))).ToHashSet();

    [Fact]
    public void SuggestGivesTheSameGroupsWhateverTheInputOrder()
    {
        var notes = Notes();
        var expected = s_clusterer.Suggest(notes, Granularity.Medium);
        var shuffled = notes.OrderBy(n => n.Id.GetHashCode() ^ 0x5bd1e995).Reverse().ToList();

        var again = s_clusterer.Suggest(shuffled, Granularity.Medium);

        Assert.Equal(expected.Select(g => (g.Label, g.Subtitle, string.Join(",", g.NoteIds))), again.Select(g => (g.Label, g.Subtitle, string.Join(",", g.NoteIds))));
    }

    [Fact]
    public void EveryNoteLandsInExactlyOneGroup()
    {
        var groups = s_clusterer.Suggest(Notes(), Granularity.Medium);

        Assert.Equal(Notes().Select(n => n.Id).Order(), groups.SelectMany(g => g.NoteIds).Order());
    }

    [Fact]
    public void NotesOfOneTopicAreGroupedTogether()
    {
        var groups = Partition(s_clusterer.Suggest(Notes(), Granularity.Medium));

        Assert.Contains("a1,a2,a3", groups);
        Assert.Contains("b1,b2,b3", groups);
    }

    [Fact]
    public void AnExistingClusterIsNeverSplitEvenAcrossTopics()
    {
        var notes = Notes().Select(n => n.Id is "a1" or "b1" ? n with { ClusterId = "mixed" } : n).ToList();

        foreach (var granularity in new[] { Granularity.Fine, Granularity.Medium, Granularity.Coarse, new Granularity(1) })
        {
            var groups = s_clusterer.Suggest(notes, granularity);
            var holding = groups.Where(g => g.NoteIds.Contains("a1") || g.NoteIds.Contains("b1")).ToList();
            var group = Assert.Single(holding);
            Assert.Equal("mixed", group.ExistingClusterId);
        }
    }

    [Fact]
    public void TwoExistingClustersMayMergeIntoTheLargerOne()
    {
        var notes = Notes().Select(n => n.Id switch
        {
            "a1" or "a2" => n with { ClusterId = "z-musique" },
            "a3" => n with { ClusterId = "m-cours" },
            _ => n,
        }).ToList();

        var groups = s_clusterer.Suggest(notes, new Granularity(0.01));

        var group = Assert.Single(groups, g => g.NoteIds.Contains("a3"));
        Assert.Contains("a1", group.NoteIds);
        Assert.Equal("z-musique", group.ExistingClusterId);
    }

    [Fact]
    public void ANoteAnimatorPlacedByHandStaysInItsCluster()
    {
        var notes = Notes().Select(n => n.Id switch
        {
            "a1" => n with { ClusterId = "energie", PlacedByHand = true },
            "b1" or "b2" => n with { ClusterId = "energie" },
            _ => n,
        }).ToList();

        var groups = s_clusterer.Suggest(notes, Granularity.Medium);

        var group = Assert.Single(groups, g => g.NoteIds.Contains("a1"));
        Assert.Equal("energie", group.ExistingClusterId);
        Assert.Contains("b1", group.NoteIds);
    }

    [Fact]
    public void ANoteAnimatorPlacedByHandOutsideAnyClusterStaysAlone()
    {
        var notes = Notes().Select(n => n.Id == "a2" ? n with { PlacedByHand = true } : n).ToList();

        var groups = s_clusterer.Suggest(notes, new Granularity(0.01));

        var group = Assert.Single(groups, g => g.NoteIds.Contains("a2"));
        Assert.Equal(["a2"], group.NoteIds);
    }

    [Fact]
    public void LabelsAreWordsWrittenInTheNotesNeverStems()
    {
        var notes = Notes();
        var written = notes.SelectMany(n => n.Text.ToLowerInvariant().Split([' ', '\'', '’'], StringSplitOptions.RemoveEmptyEntries)).ToHashSet();

        var groups = s_clusterer.Suggest(notes, Granularity.Medium);

        foreach (var group in groups)
        {
            Assert.False(string.IsNullOrWhiteSpace(group.Label));
            foreach (var word in group.Label.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries))
            {
                Assert.Contains(word, written);
            }
        }

        var school = Assert.Single(groups, g => g.NoteIds.Contains("a1"));
        Assert.DoesNotContain("ecol", school.Label.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("école", school.Label);
    }

    [Fact]
    public void TheSubtitleIsANoteOfTheGroupOnOneShortLine()
    {
        var notes = Notes().Append(new ClusterableNote("d1", "Un très long texte\tavec une tabulation " + string.Concat(Enumerable.Repeat("et des mots ", 30)))).ToList();

        var groups = s_clusterer.Suggest(notes, Granularity.Medium);

        foreach (var group in groups)
        {
            Assert.True(group.Subtitle.Length <= 120, group.Subtitle);
            Assert.DoesNotContain('\t', group.Subtitle);
            Assert.Contains(notes.Where(n => group.NoteIds.Contains(n.Id)), n => n.Text.Replace("\t", " ", StringComparison.Ordinal).StartsWith(group.Subtitle.TrimEnd('…'), StringComparison.Ordinal));
        }
    }

    [Fact]
    public void SuggestForFindsTheClusterOfARelatedNote()
    {
        var clustered = Notes().Select(n => n with { ClusterId = n.Id[..1] }).ToList();

        var cluster = s_clusterer.SuggestFor(new ClusterableNote("new", "installer des panneaux solaires sur l'ecole"), clustered, Granularity.Medium);

        Assert.Equal("b", cluster);
    }

    [Fact]
    public void SuggestForReturnsNullForAnUnrelatedNote()
    {
        var clustered = Notes().Select(n => n with { ClusterId = n.Id[..1] }).ToList();

        var cluster = s_clusterer.SuggestFor(new ClusterableNote("new", "Quelqu'un a vu mon parapluie rouge ?"), clustered, Granularity.Medium);

        Assert.Null(cluster);
    }

    [Fact]
    public void AccentsAreFoldedBeforeStemming()
    {
        Assert.Equal(FrenchText.Stem("école"), FrenchText.Stem("ecole"));
        Assert.Equal(FrenchText.Stem("Écoles"), FrenchText.Stem("ecoles"));
        Assert.Equal(FrenchText.Stem("châtaignes"), FrenchText.Stem("chataigne"));
    }

    [Theory]
    [InlineData("réparation", "repas")]
    [InlineData("année", "âne")]
    [InlineData("ventes", "vent")]
    [InlineData("isolation", "isolement")]
    [InlineData("retraités", "retrait")]
    [InlineData("sentier", "sentir")]
    [InlineData("livres", "livrer")]
    [InlineData("cheminée", "chemin")]
    [InlineData("voirie", "voir")]
    [InlineData("salle", "sale")]
    public void WordsTheLightStemmerWouldConfuseKeepApart(string word, string other) =>
        Assert.NotEqual(FrenchText.Stem(word), FrenchText.Stem(other));

    [Theory]
    [InlineData("réparation", "réparer")]
    [InlineData("Réparations", "reparer")]
    [InlineData("vente", "vendre")]
    [InlineData("années", "annee")]
    [InlineData("isolant", "isolation")]
    public void WordsKeptApartStillMeetTheirFamily(string word, string other) =>
        Assert.Equal(FrenchText.Stem(word), FrenchText.Stem(other));

    [Theory]
    [InlineData(null, 0.5)]
    [InlineData("fine", 0.75)]
    [InlineData(" Medium ", 0.5)]
    [InlineData("COARSE", 0.25)]
    [InlineData("0.4", 0.4)]
    [InlineData("1", 1.0)]
    public void GranularityParseReadsNamesAndNumbers(string? text, double level)
    {
        Assert.Equal(level, Granularity.Parse(text).Level);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.5")]
    [InlineData("-0.2")]
    [InlineData("plenty")]
    public void GranularityParseRefusesAnythingElse(string text)
    {
        Assert.Throws<WorkshopException>(() => Granularity.Parse(text));
    }
}
