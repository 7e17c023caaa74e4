using StartupTerritoire.WorkshopEngine.Clustering;

namespace StartupTerritoire.WorkshopEngine.Tests.Clustering;

/// <summary>Sorting the rest of the wall into the animator's groups (<see cref="NoteClusterer.SuggestPlacements"/>).</summary>
public sealed class PlacementTests
{
    private static readonly NoteClusterer s_engine = new();

    private static List<ClusterableNote> Wall() =>
    [
        new("a1", "Une ressourcerie pour donner une seconde vie aux meubles", "reemploi"),
        new("b1", "Un drive fermier pour commander les légumes des producteurs", "drive"),
        new("a2", "Récupérer les vieux meubles et les revendre pas cher"),
        new("b2", "Commander en ligne les produits de la ferme et les retirer le vendredi"),
        new("c1", "Des concerts dans les granges l'été"),
    ];

    private static readonly PlacedGroup[] s_groups = [new("reemploi", "Réemploi des objets"), new("drive", "Drive fermier")];

    [Fact]
    public void EachUnplacedNoteGoesToTheGroupItTalksAbout()
    {
        var placements = s_engine.SuggestPlacements(Wall(), s_groups);

        Assert.Equal("reemploi", placements.Single(p => p.NoteId == "a2").ClusterId);
        Assert.Equal("drive", placements.Single(p => p.NoteId == "b2").ClusterId);
        Assert.DoesNotContain(placements, p => p.NoteId is "a1" or "b1");
        Assert.All(placements, p => Assert.True(p.Score > 0));
    }

    [Fact]
    public void AGroupWithOnlyATitleAttractsTheNotesItNames()
    {
        var notes = new List<ClusterableNote>
        {
            new("n1", "Un atelier de réparation de vélos le samedi"),
            new("n2", "Des jardins partagés derrière la mairie"),
        };

        var placements = s_engine.SuggestPlacements(notes, [new("velo", "Vélo"), new("jardin", "Jardins partagés")]);

        Assert.Equal("velo", placements.Single(p => p.NoteId == "n1").ClusterId);
        Assert.Equal("jardin", placements.Single(p => p.NoteId == "n2").ClusterId);
    }

    [Fact]
    public void ANoteThatSharesNothingWithAnyGroupIsLeftForTheAnimator()
    {
        var placements = s_engine.SuggestPlacements(
            [new("n1", "Une ressourcerie", "g"), new("n2", "zzz qqq")],
            [new("g", "Réemploi")]);

        Assert.Empty(placements);
    }

    [Fact]
    public void ANoteTakenOutOfItsGroupByHandIsNotSuggestedAgain()
    {
        var notes = Wall();
        notes[2] = notes[2] with { PlacedByHand = true };

        var placements = s_engine.SuggestPlacements(notes, s_groups);

        Assert.DoesNotContain(placements, p => p.NoteId == "a2");
    }

    [Fact]
    public void TheResultDoesNotDependOnTheOrderOfNotesOrGroups()
    {
        var notes = Wall();
        var forward = s_engine.SuggestPlacements(notes, s_groups);
        var backward = new NoteClusterer().SuggestPlacements([.. Enumerable.Reverse(notes)], [.. s_groups.Reverse()], "Le défi : faire vivre le village");
        var withContext = s_engine.SuggestPlacements(notes, s_groups, "Le défi : faire vivre le village");

        Assert.Equal([.. forward.Select(p => p.NoteId)], [.. forward.Select(p => p.NoteId).Order(StringComparer.Ordinal)]);
        Assert.Equal(withContext, backward);
    }

    [Fact]
    public void WithoutGroupsOrUnplacedNotesThereIsNothingToSort()
    {
        Assert.Empty(s_engine.SuggestPlacements(Wall(), []));
        Assert.Empty(s_engine.SuggestPlacements([new("a1", "Une ressourcerie", "reemploi")], s_groups));
        Assert.Empty(s_engine.SuggestPlacements([], s_groups));
    }

    [Fact]
    public void BadInputIsRefused()
    {
        Assert.Throws<ArgumentNullException>(() => s_engine.SuggestPlacements(null!, s_groups));
        Assert.Throws<ArgumentNullException>(() => s_engine.SuggestPlacements(Wall(), null!));
        Assert.Throws<ArgumentException>(() => s_engine.SuggestPlacements(Wall(), [new("", "Sans id")]));
        Assert.Throws<ArgumentException>(() => s_engine.SuggestPlacements([new("x", "a"), new("x", "b")], s_groups));
    }
}
