using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Clustering;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Tests.Infrastructure;

namespace StartupTerritoire.WorkshopEngine.Tests.Clustering;

public sealed class SuggestedTitleTests
{
    private static readonly Actor s_anim = SessionDriver.Animator;

    private static SessionDriver ThreeNotes()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w1", WorkshopFormat.Emergence);
        var lea = d.Join("lea");
        d.StartRound("w1", "regroupement");
        foreach (var id in new[] { "n1", "n2", "n3" })
        {
            d.AddNote(lea, id, "w1", "idee", "Idée " + id);
        }

        return d;
    }

    private static Cluster Cluster(SessionDriver d, string id) => d.Session.Clusters.Single(c => c.Id == id);

    [Fact]
    public void AnAcceptedSuggestionsOwnTitleStaysSuggested()
    {
        var d = ThreeNotes();

        d.Execute((s, _) => s.AcceptSuggestion(s_anim, "w1", [new AcceptedGroup("c1", "village, organisé, sortie", ["n1", "n2"])]));

        Assert.True(Cluster(d, "c1").TitleSuggested);
        Assert.Equal("village, organisé, sortie", Cluster(d, "c1").Title);
    }

    [Fact]
    public void ATitleTheAnimatorTypedBeforeAcceptingIsNotSuggested()
    {
        var d = ThreeNotes();

        d.Execute((s, _) => s.AcceptSuggestion(s_anim, "w1", [new AcceptedGroup("c1", "Sorties au village", ["n1"], Named: true)]));

        Assert.False(Cluster(d, "c1").TitleSuggested);
    }

    [Fact]
    public void KeepingASuggestedTitleAsItIsMakesItTheClustersTitle()
    {
        var d = ThreeNotes();
        d.Execute((s, _) => s.AcceptSuggestion(s_anim, "w1", [new AcceptedGroup("c1", "Mobilité", ["n1"])]));

        var kept = d.Execute((s, _) => s.RenameCluster(s_anim, "c1", "Mobilité"));

        Assert.False(kept.IsEmpty);
        Assert.False(Cluster(d, "c1").TitleSuggested);
        Assert.True(d.Execute((s, _) => s.RenameCluster(s_anim, "c1", "Mobilité")).IsEmpty, d.Replay);
    }

    [Fact]
    public void RenamingASuggestedTitleMakesItTheClustersTitle()
    {
        var d = ThreeNotes();
        d.Execute((s, _) => s.AcceptSuggestion(s_anim, "w1", [new AcceptedGroup("c1", "village, sortie", ["n1"])]));

        d.Execute((s, _) => s.RenameCluster(s_anim, "c1", "Sorties au village"));

        Assert.Equal(new Cluster("c1", "w1", "Sorties au village", Cluster(d, "c1").CreatedAt), Cluster(d, "c1"));
    }

    [Fact]
    public void ASuggestionAddingNotesToANamedClusterLeavesItsTitleAlone()
    {
        var d = ThreeNotes();
        d.Execute((s, _) => s.CreateCluster(s_anim, "c1", "w1", "Mobilité", ["n1"]));

        d.Execute((s, _) => s.AcceptSuggestion(s_anim, "w1", [new AcceptedGroup("c1", string.Empty, ["n2"]), new AcceptedGroup("c2", "Mobilité", ["n3"])]));

        Assert.False(Cluster(d, "c1").TitleSuggested);
        Assert.Equal("Mobilité", Cluster(d, "c1").Title);
        Assert.True(Cluster(d, "c2").TitleSuggested);
    }

    [Fact]
    public void ASuggestedTitleSurvivesASnapshotAndAReplay()
    {
        var d = ThreeNotes();
        d.Execute((s, _) => s.AcceptSuggestion(s_anim, "w1", [new AcceptedGroup("c1", "village, sortie", ["n1"])]));

        var replayed = WorkshopEngine.Sessions.Session.FromEvents(d.Events);
        var restored = WorkshopEngine.Sessions.Session.FromSnapshot(SnapshotJson.RoundTrip(d.Session.ToSnapshot()));

        Assert.True(replayed.Clusters.Single().TitleSuggested);
        Assert.True(restored.Clusters.Single().TitleSuggested);
    }
}
