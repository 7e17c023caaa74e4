using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Clustering;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Tests.Infrastructure;

namespace StartupTerritoire.WorkshopEngine.Tests.Clustering;

public sealed class SuggestionTests
{
    private static readonly Actor s_anim = SessionDriver.Animator;

    private static SessionDriver FourNotesAndACluster()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w1", WorkshopFormat.Emergence);
        d.AddWorkshop("w2", WorkshopFormat.Emergence);
        var lea = d.Join("lea");
        d.StartRound("w1", "regroupement");
        foreach (var id in new[] { "n1", "n2", "n3", "n4" })
        {
            d.AddNote(lea, id, "w1", "idee", "Idée " + id);
        }

        d.Execute((s, _) => s.CreateCluster(s_anim, "existing", "w1", "Déjà là", []));
        d.Execute((s, _) => s.CreateCluster(s_anim, "elsewhere", "w2", "Ailleurs", []));
        return d;
    }

    [Fact]
    public void AcceptingASuggestionFillsExistingClustersAndCreatesNewOnes()
    {
        var d = FourNotesAndACluster();
        var createdAt = d.Session.Clusters.Single(c => c.Id == "existing").CreatedAt;
        d.Advance(TimeSpan.FromSeconds(10));

        d.Execute((s, _) => s.AcceptSuggestion(s_anim, "w1",
        [
            new AcceptedGroup("existing", "Mobilité", ["n1", "n2"]),
            new AcceptedGroup("fresh", "Culture", ["n3"]),
        ]));

        var clusters = d.Session.Clusters.ToDictionary(c => c.Id);
        Assert.Equal(new Cluster("existing", "w1", "Mobilité", createdAt, TitleSuggested: true), clusters["existing"]);
        Assert.Equal(new Cluster("fresh", "w1", "Culture", d.Now, TitleSuggested: true), clusters["fresh"]);
        Assert.Equal(["existing", "existing", "fresh", null], d.Session.Notes.OrderBy(n => n.Id).Select(n => n.ClusterId));
        Assert.All(d.Session.Notes, n => Assert.False(n.PlacedByHand));
    }

    [Fact]
    public void ANoteInTwoGroupsIsRefused()
    {
        var d = FourNotesAndACluster();

        d.Refuses(ErrorCodes.InvalidArgument, (s, _) => s.AcceptSuggestion(s_anim, "w1",
        [
            new AcceptedGroup("a", "A", ["n1", "n2"]),
            new AcceptedGroup("b", "B", ["n2", "n3"]),
        ]));
    }

    [Fact]
    public void TwoGroupsNamingTheSameClusterAreRefused()
    {
        var d = FourNotesAndACluster();

        d.Refuses(ErrorCodes.InvalidArgument, (s, _) => s.AcceptSuggestion(s_anim, "w1",
        [
            new AcceptedGroup("a", "A", ["n1"]),
            new AcceptedGroup("a", "A bis", ["n2"]),
        ]));
    }

    [Fact]
    public void AGroupIntoAClusterOfAnotherWorkshopIsRefused()
    {
        var d = FourNotesAndACluster();

        d.Refuses(ErrorCodes.WrongWorkshop, (s, _) => s.AcceptSuggestion(s_anim, "w1", [new AcceptedGroup("elsewhere", "Ailleurs", ["n1"])]));
    }

    [Fact]
    public void EmptyOrMalformedSuggestionsAreRefused()
    {
        var d = FourNotesAndACluster();

        d.Refuses(ErrorCodes.InvalidArgument, (s, _) => s.AcceptSuggestion(s_anim, "w1", []));
        d.Refuses(ErrorCodes.InvalidArgument, (s, _) => s.AcceptSuggestion(s_anim, "w1", [new AcceptedGroup("a", "A", [])]));
        d.Refuses(ErrorCodes.InvalidArgument, (s, _) => s.AcceptSuggestion(s_anim, "w1", [new AcceptedGroup("a b", "A", ["n1"])]));
        d.Refuses(ErrorCodes.NotFound, (s, _) => s.AcceptSuggestion(s_anim, "w1", [new AcceptedGroup("a", "A", ["n404"])]));
    }

    [Fact]
    public void AParticipantCannotAcceptASuggestion()
    {
        var d = FourNotesAndACluster();

        d.Refuses(ErrorCodes.Forbidden, (s, _) => s.AcceptSuggestion(new Actor(Role.Participant, "lea"), "w1", [new AcceptedGroup("a", "A", ["n1"])]));
    }
}
