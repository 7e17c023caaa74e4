using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Clustering;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Tests.Infrastructure;
using StartupTerritoire.WorkshopEngine.Votes;

namespace StartupTerritoire.WorkshopEngine.Tests.Clustering;

public sealed class ClusterEditingTests
{
    private static readonly Actor s_anim = SessionDriver.Animator;

    /// <summary>Émergence w1 in regroupement with visible notes n1–n4, and w2 with note m1.</summary>
    private static (SessionDriver Driver, Actor Lea) FourNotes()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w1", WorkshopFormat.Emergence);
        d.AddWorkshop("w2", WorkshopFormat.Emergence);
        var lea = d.Join("lea");
        d.StartRound("w2", "regroupement");
        d.AddNote(lea, "m1", "w2", "idee", "Ailleurs");
        d.StartRound("w1", "regroupement");
        foreach (var id in new[] { "n1", "n2", "n3", "n4" })
        {
            d.AddNote(lea, id, "w1", "idee", "Idée " + id);
        }

        return (d, lea);
    }

    private static Cluster ClusterOf(SessionDriver d, string id) => d.Session.Clusters.Single(c => c.Id == id);

    [Fact]
    public void CreatingAClusterPlacesItsNotesByHand()
    {
        var (d, _) = FourNotes();

        d.Execute((s, _) => s.CreateCluster(s_anim, "c1", "w1", "  Mobilité  ", ["n1", "n2"]));

        Assert.Equal(new Cluster("c1", "w1", "Mobilité", d.Now), ClusterOf(d, "c1"));
        Assert.All(d.Session.Notes.Where(n => n.Id is "n1" or "n2"), n => Assert.Equal(("c1", true), (n.ClusterId, n.PlacedByHand)));
        Assert.Null(d.Session.FindNote("n3")!.ClusterId);
    }

    [Fact]
    public void CreatingAClusterTakesItsNotesFromTheirFormerCluster()
    {
        var (d, _) = FourNotes();
        d.Execute((s, _) => s.CreateCluster(s_anim, "c1", "w1", "A", ["n1", "n2"]));

        d.Execute((s, _) => s.CreateCluster(s_anim, "c2", "w1", "B", ["n2"]));

        Assert.Equal("c2", d.Session.FindNote("n2")!.ClusterId);
        Assert.Equal("c1", d.Session.FindNote("n1")!.ClusterId);
    }

    [Fact]
    public void CreatingAClusterWithWrongArgumentsIsRefused()
    {
        var (d, _) = FourNotes();
        d.Execute((s, _) => s.CreateCluster(s_anim, "c1", "w1", "A", []));

        d.Refuses(ErrorCodes.AlreadyExists, (s, _) => s.CreateCluster(s_anim, "c1", "w1", "B", []));
        d.Refuses(ErrorCodes.WrongWorkshop, (s, _) => s.CreateCluster(s_anim, "c2", "w1", "B", ["n1", "m1"]));
        d.Refuses(ErrorCodes.InvalidArgument, (s, _) => s.CreateCluster(s_anim, "c2", "w1", "B", ["n1", "n1"]));
        d.Refuses(ErrorCodes.NotFound, (s, _) => s.CreateCluster(s_anim, "c2", "w1", "B", ["n404"]));
        d.Refuses(ErrorCodes.InvalidArgument, (s, _) => s.CreateCluster(s_anim, "c2", "w1", new string('a', 121), []));
    }

    [Fact]
    public void RenamingAClusterChangesOnlyItsTitle()
    {
        var (d, _) = FourNotes();
        d.Execute((s, _) => s.CreateCluster(s_anim, "c1", "w1", "Mobilite", ["n1"]));

        d.Execute((s, _) => s.RenameCluster(s_anim, "c1", "Mobilité douce"));

        Assert.Equal("Mobilité douce", ClusterOf(d, "c1").Title);
        Assert.True(d.Execute((s, _) => s.RenameCluster(s_anim, "c1", " Mobilité douce ")).IsEmpty);
        d.Refuses(ErrorCodes.NotFound, (s, _) => s.RenameCluster(s_anim, "c404", "Rien"));
    }

    [Fact]
    public void MergingClustersBringsTheirNotesDotsStarsAndPistesToTheTarget()
    {
        var (d, lea) = FourNotes();
        d.Execute((s, _) => s.CreateCluster(s_anim, "c1", "w1", "Mobilité", ["n1"]));
        d.Execute((s, _) => s.CreateCluster(s_anim, "c2", "w1", "Transports", ["n2", "n3"]));
        d.Execute((s, _) => s.PromoteToPiste(s_anim, "p1", "w1", "c2", null));
        d.StartRound("w1", "vote");
        d.Execute((s, now) => s.CastVote(lea, now, "w1", "c2"));
        d.Execute((s, now) => s.CastVote(lea, now, "w1", "c1"));
        d.Execute((s, now) => s.Star(s_anim, now, "w1", "c1", true));
        d.Execute((s, now) => s.Star(s_anim, now, "w1", "c2", true));

        d.Execute((s, _) => s.MergeClusters(s_anim, "c1", ["c2"]));

        Assert.Equal(["c1"], d.Session.Clusters.Select(c => c.Id));
        Assert.All(d.Session.Notes.Where(n => n.WorkshopId == "w1" && n.Id != "n4"), n => Assert.Equal("c1", n.ClusterId));
        Assert.All(d.Session.Votes, v => Assert.Equal("c1", v.TargetId));
        Assert.Equal(2, d.Session.Votes.Count);
        Assert.Equal([new Star("w1", "c1")], d.Session.Stars);
        Assert.Equal("c1", Assert.Single(d.Session.Pistes).ClusterId);
    }

    [Fact]
    public void MergingIntoItselfNothingOrAnotherWorkshopIsRefused()
    {
        var (d, _) = FourNotes();
        d.Execute((s, _) => s.CreateCluster(s_anim, "c1", "w1", "A", ["n1"]));
        d.Execute((s, _) => s.CreateCluster(s_anim, "c2", "w1", "B", ["n2"]));
        d.Execute((s, _) => s.CreateCluster(s_anim, "x1", "w2", "Ailleurs", ["m1"]));

        d.Refuses(ErrorCodes.InvalidArgument, (s, _) => s.MergeClusters(s_anim, "c1", ["c1"]));
        d.Refuses(ErrorCodes.InvalidArgument, (s, _) => s.MergeClusters(s_anim, "c1", []));
        d.Refuses(ErrorCodes.InvalidArgument, (s, _) => s.MergeClusters(s_anim, "c1", ["c2", "c2"]));
        d.Refuses(ErrorCodes.WrongWorkshop, (s, _) => s.MergeClusters(s_anim, "c1", ["x1"]));
        d.Refuses(ErrorCodes.NotFound, (s, _) => s.MergeClusters(s_anim, "c1", ["c404"]));
    }

    [Fact]
    public void SplittingMovesChosenNotesIntoANewCluster()
    {
        var (d, _) = FourNotes();
        d.Execute((s, _) => s.CreateCluster(s_anim, "c1", "w1", "Tout", ["n1", "n2", "n3"]));

        d.Execute((s, _) => s.SplitCluster(s_anim, "c1", "c2", "Une partie", ["n2", "n3"]));

        Assert.Equal(new Cluster("c2", "w1", "Une partie", d.Now), ClusterOf(d, "c2"));
        Assert.Equal(["c1", "c2", "c2"], d.Session.Notes.Where(n => n.Id is "n1" or "n2" or "n3").OrderBy(n => n.Id).Select(n => n.ClusterId));
        d.Refuses(ErrorCodes.InvalidArgument, (s, _) => s.SplitCluster(s_anim, "c1", "c3", "Hors", ["n4"]));
        d.Refuses(ErrorCodes.InvalidArgument, (s, _) => s.SplitCluster(s_anim, "c1", "c3", "Vide", []));
        d.Refuses(ErrorCodes.AlreadyExists, (s, _) => s.SplitCluster(s_anim, "c1", "c2", "Pris", ["n1"]));
    }

    [Fact]
    public void PlacingNotesByHandMarksThemAndCanUngroupThem()
    {
        var (d, _) = FourNotes();
        d.Execute((s, _) => s.AcceptSuggestion(s_anim, "w1", [new AcceptedGroup("c1", "Suggéré", ["n1", "n2"])]));
        Assert.False(d.Session.FindNote("n1")!.PlacedByHand);

        d.Execute((s, _) => s.PlaceNotes(s_anim, ["n1", "n3"], "c1"));
        Assert.All(d.Session.Notes.Where(n => n.Id is "n1" or "n3"), n => Assert.Equal(("c1", true), (n.ClusterId, n.PlacedByHand)));
        Assert.True(d.Execute((s, _) => s.PlaceNotes(s_anim, ["n1", "n3"], "c1")).IsEmpty);

        d.Execute((s, _) => s.PlaceNotes(s_anim, ["n2"], null));
        Assert.Equal((null, true), (d.Session.FindNote("n2")!.ClusterId, d.Session.FindNote("n2")!.PlacedByHand));
    }

    [Fact]
    public void PlacingNotesIntoAClusterOfAnotherWorkshopIsRefused()
    {
        var (d, _) = FourNotes();
        d.Execute((s, _) => s.CreateCluster(s_anim, "x1", "w2", "Ailleurs", []));
        d.Execute((s, _) => s.CreateCluster(s_anim, "c1", "w1", "Ici", []));

        d.Refuses(ErrorCodes.WrongWorkshop, (s, _) => s.PlaceNotes(s_anim, ["n1"], "x1"));
        d.Refuses(ErrorCodes.WrongWorkshop, (s, _) => s.PlaceNotes(s_anim, ["n1", "m1"], "c1"));
        d.Refuses(ErrorCodes.InvalidArgument, (s, _) => s.PlaceNotes(s_anim, [], "c1"));
    }

    [Fact]
    public void DeletingAClusterUngroupsItsNotesAndDropsItsDotsStarsAndPisteLink()
    {
        var (d, lea) = FourNotes();
        d.Execute((s, _) => s.CreateCluster(s_anim, "c1", "w1", "Mobilité", ["n1", "n2"]));
        d.Execute((s, _) => s.PromoteToPiste(s_anim, "p1", "w1", "c1", null));
        d.StartRound("w1", "vote");
        d.Execute((s, now) => s.CastVote(lea, now, "w1", "c1"));
        d.Execute((s, now) => s.Star(s_anim, now, "w1", "c1", true));

        d.Execute((s, _) => s.DeleteCluster(s_anim, "c1"));

        Assert.Empty(d.Session.Clusters);
        Assert.All(d.Session.Notes, n => Assert.Null(n.ClusterId));
        Assert.Empty(d.Session.Votes);
        Assert.Empty(d.Session.Stars);
        var piste = Assert.Single(d.Session.Pistes);
        Assert.Equal(("Mobilité", null), (piste.Title, piste.ClusterId));
    }

    [Fact]
    public void OnlyStaffOfTheWorkshopCluster()
    {
        var (d, lea) = FourNotes();
        d.AddTable("t2", "w2", "co2");

        d.Refuses(ErrorCodes.Forbidden, (s, _) => s.CreateCluster(lea, "c1", "w1", "A", ["n1"]));
        d.Refuses(ErrorCodes.Forbidden, (s, _) => s.CreateCluster(SessionDriver.Board, "c1", "w1", "A", ["n1"]));
        d.Refuses(ErrorCodes.Forbidden, (s, _) => s.CreateCluster(new Actor(Role.CoAnimator, "co2", "t2"), "c1", "w1", "A", ["n1"]));
        d.Execute((s, _) => s.CreateCluster(new Actor(Role.CoAnimator, "co2", "t2"), "x1", "w2", "Ailleurs", ["m1"]));
        Assert.Single(d.Session.Clusters);
    }

    [Fact]
    public void CoAnimatorReplacedAtTheirTableNoLongerRunsIt()
    {
        var (d, _) = FourNotes();
        d.AddTable("t2", "w2", "co-old");
        d.Execute((s, _) => s.AssignCoAnimator(s_anim, "t2", "co-new"));

        d.Refuses(ErrorCodes.Forbidden, (s, _) => s.CreateCluster(new Actor(Role.CoAnimator, "co-old", "t2"), "x1", "w2", "Ancien", ["m1"]));
        d.Execute((s, _) => s.CreateCluster(new Actor(Role.CoAnimator, "co-new", "t2"), "x1", "w2", "Nouveau", ["m1"]));
    }
}
