using StartupTerritoire.WorkshopEngine.Clustering;

namespace StartupTerritoire.WorkshopEngine.Tests.Clustering;

public sealed class ConceptLexiconTests
{
    private static readonly ConceptLexicon s_lexicon = ConceptLexicon.Default;

    private static IReadOnlyList<string> ConceptsOfWord(string word) => s_lexicon.ConceptsOf(FrenchText.Stem(word));

    private static IReadOnlyList<string> ConceptsOfText(string text) => s_lexicon.ConceptsIn(s_lexicon.StemsOf(text));

    [Fact]
    public void TheEmbeddedLexiconLoadsWithManyConceptsEntriesAndThemes()
    {
        Assert.True(s_lexicon.ConceptIds.Count >= 150, $"{s_lexicon.ConceptIds.Count} concepts");
        Assert.True(s_lexicon.EntryCount >= 2000, $"{s_lexicon.EntryCount} entries");
        Assert.True(s_lexicon.ThemeIds.Count >= 15, $"{s_lexicon.ThemeIds.Count} themes");
    }

    [Fact]
    public void EveryConceptHasWordsAndATheme()
    {
        foreach (var concept in s_lexicon.ConceptIds)
        {
            Assert.NotEmpty(s_lexicon.EntriesOf(concept));
            var theme = s_lexicon.ThemeOfConcept(concept);
            Assert.NotNull(theme);
            Assert.Contains(theme, s_lexicon.ThemeIds);
            Assert.False(string.IsNullOrWhiteSpace(s_lexicon.ThemeLabel(theme)));
        }
    }

    [Fact]
    public void EveryThemeHasSeveralConcepts()
    {
        foreach (var theme in s_lexicon.ThemeIds)
        {
            Assert.True(s_lexicon.ConceptIds.Count(c => s_lexicon.ThemeOfConcept(c) == theme) >= 3, theme);
        }
    }

    [Fact]
    public void TheSourceDeclaresEachConceptIdOnce()
    {
        var ids = ReadSource().Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && l[0] != '#' && l[0] != '@')
            .Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)].Trim())
            .ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(ids.Count, s_lexicon.ConceptIds.Count);
    }

    [Fact]
    public void DuplicateConceptsAreRefused()
    {
        var ex = Assert.Throws<FormatException>(() => ConceptLexicon.Parse(
            "@theme t\na: vélo\na: voiture\n", ConceptLexicon.EngineAnalysis));
        Assert.Contains("line 3", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a: vélo\n")]
    [InlineData("@theme t\na:  , \n")]
    [InlineData("@theme t\na: le, la, les\n")]
    [InlineData("@theme t\nvélo sans deux-points\n")]
    [InlineData("@theme t\n@theme t\n")]
    [InlineData("@theme t\nConcept Majuscule: vélo\n")]
    public void MalformedSourcesAreRefused(string source) =>
        Assert.Throws<FormatException>(() => ConceptLexicon.Parse(source, ConceptLexicon.EngineAnalysis));

    [Theory]
    [InlineData("Véhicules", "vehicule")]
    [InlineData("VÉLOS", "velo")]
    [InlineData("Châtaignes", "chataigne")]
    [InlineData("Photovoltaïques", "photovoltaique")]
    [InlineData("Gîtes", "gite")]
    [InlineData("Ressourceries", "ressourcerie")]
    [InlineData("Crèches", "creche")]
    [InlineData("Bénévoles", "benevole")]
    public void AccentsCaseAndPluralDoNotChangeTheConcepts(string written, string plain)
    {
        var concepts = ConceptsOfWord(written);
        Assert.NotEmpty(concepts);
        Assert.Equal(concepts, ConceptsOfWord(plain));
        Assert.Equal(s_lexicon.ThemesOf(FrenchText.Stem(written)), s_lexicon.ThemesOf(FrenchText.Stem(plain)));
    }

    [Theory]
    [InlineData("un transport à la demande pour le marché", "transport_a_la_demande")]
    [InlineData("Transport a la demande", "transport_a_la_demande")]
    [InlineData("je peux partager ma voiture le mardi", "covoiturage")]
    [InlineData("partager ma vieille voiture", "covoiturage")]
    [InlineData("des panneaux solaires sur l'école", "solaire_photovoltaique")]
    [InlineData("une fresque sur le mur de la salle des fêtes", "lieu_collectif")]
    [InlineData("crème de marrons maison", "produits_chataigne")]
    [InlineData("maintien a domicile des anciens", "maintien_domicile")]
    public void MultiWordEntriesMatchOverConsecutiveStems(string text, string concept) =>
        Assert.Contains(concept, ConceptsOfText(text));

    [Fact]
    public void AMultiWordEntryNeedsItsWordsInOrderAndClose()
    {
        Assert.DoesNotContain("transport_a_la_demande", ConceptsOfText("la demande de transport"));
        Assert.DoesNotContain("produits_chataigne", ConceptsOfText("crème solaire et pâte de marrons"));
    }

    [Theory]
    [InlineData("covoiturage", "voiture partagée")]
    [InlineData("covoit", "partager sa voiture")]
    [InlineData("navette", "minibus")]
    [InlineData("photovoltaïque", "panneaux solaires")]
    [InlineData("PV", "toiture solaire")]
    [InlineData("plaquettes", "chaufferie")]
    [InlineData("micro-centrale", "vieux moulin")]
    [InlineData("gîte", "hébergement")]
    [InlineData("réparer", "réparation")]
    [InlineData("repair café", "bricoleurs")]
    [InlineData("recyclerie", "seconde main")]
    [InlineData("consigne", "bouteilles en verre")]
    [InlineData("bocaux", "stérilisation")]
    [InlineData("nounou", "assistante maternelle")]
    [InlineData("EHPAD", "personnes âgées")]
    [InlineData("apprenti", "transmettre son savoir-faire")]
    [InlineData("fresque", "street art")]
    [InlineData("rando", "sentiers")]
    [InlineData("hors saison", "étaler la fréquentation")]
    [InlineData("tiers-lieu", "coworking")]
    [InlineData("zone blanche", "pas de réseau")]
    [InlineData("AMAP", "paniers de légumes")]
    [InlineData("drive fermier", "commande en ligne")]
    [InlineData("cantine", "restauration collective")]
    [InlineData("laine", "tonte des brebis")]
    [InlineData("SCIC", "coopérative")]
    [InlineData("crowdfunding", "cagnotte")]
    [InlineData("désert médical", "maison de santé")]
    public void ParaphrasesOfGeneralFrenchShareAConcept(string a, string b)
    {
        var shared = ConceptsOfText(a).Intersect(ConceptsOfText(b), StringComparer.Ordinal).ToList();
        Assert.True(shared.Count > 0, $"\"{a}\" → [{string.Join(", ", ConceptsOfText(a))}], \"{b}\" → [{string.Join(", ", ConceptsOfText(b))}]");
    }

    [Fact]
    public void ConceptsOfDifferentThemesStayApart()
    {
        Assert.Empty(ConceptsOfText("covoiturage").Intersect(ConceptsOfText("fresque")));
        Assert.Empty(ConceptsOfText("crèche").Intersect(ConceptsOfText("éolienne")));
    }

    [Fact]
    public void ThemesFollowTheConcepts()
    {
        Assert.Contains("mobilite", s_lexicon.ThemesOf(FrenchText.Stem("minibus")));
        Assert.Contains("energies_renouvelables", s_lexicon.ThemesOf(FrenchText.Stem("photovoltaïque")));
        Assert.Contains("tourisme_durable", s_lexicon.ThemesIn(s_lexicon.StemsOf("un gîte d'étape pour les randonneurs")));
        Assert.Empty(s_lexicon.ThemesOf("zzzz"));
        Assert.Empty(s_lexicon.ConceptsOf("zzzz"));
    }

    [Fact]
    public void AnExpressionWeighsMoreThanASingleWord()
    {
        var stems = s_lexicon.StemsOf("un drive fermier près de la ferme");
        var weights = s_lexicon.ConceptWeightsIn(stems);

        Assert.Equal(s_lexicon.ConceptsIn(stems).Order(StringComparer.Ordinal), weights.Keys.Order(StringComparer.Ordinal));
        Assert.True(weights["drive_fermier"] >= 2, $"drive_fermier weighs {weights["drive_fermier"]}");
        Assert.Equal(1, weights["ferme"]);
    }

    [Theory]
    [InlineData("réparation du grille-pain", "portage_repas")]
    [InlineData("livraison de repas", "reparation")]
    [InlineData("deux années de suite", "itinerance_douce")]
    [InlineData("la vente du dimanche", "eolien")]
    [InlineData("isolation de la maison", "isolement_lien_social")]
    [InlineData("des produits locaux", "lieu_batiment")]
    [InlineData("une ancienne gare", "personnes_agees")]
    public void AWordThatOnlyLooksLikeAnotherDoesNotNameItsConcept(string text, string concept) =>
        Assert.DoesNotContain(concept, ConceptsOfText(text));

    [Fact]
    public void LookupsAreDeterministicAndDistinct()
    {
        var text = s_lexicon.StemsOf("vélo, vélos, VAE et vélo électrique pour la voie verte");
        var first = s_lexicon.ConceptsIn(text);
        Assert.Equal(first, s_lexicon.ConceptsIn(text));
        Assert.Equal(first.Count, first.Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>Every shipped lexicon file, joined.</summary>
    private static string ReadSource()
    {
        var assembly = typeof(ConceptLexicon).Assembly;
        var text = new System.Text.StringBuilder();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.Contains(".Lexicon.", StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            text.Append(reader.ReadToEnd()).Append('\n');
        }

        return text.ToString();
    }
}
