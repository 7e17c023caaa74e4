using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Tests.Infrastructure;

namespace StartupTerritoire.WorkshopEngine.Tests.Sessions;

/// <summary>Removals leave nothing dangling, and a late retry never brings back what was removed.</summary>
public sealed class RemovalAndRetryTests
{
    private static readonly Actor s_anim = SessionDriver.Animator;

    [Fact]
    public void RemovingAWorkshopLeavesNoClusterPisteOrRatingBehind()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w1", WorkshopFormat.Emergence);
        d.AddWorkshop("w2", WorkshopFormat.Essaimage);
        var lea = d.Join("lea");
        d.Execute((s, _) => s.CreateCluster(s_anim, "c-vide", "w2", "Un regroupement préparé", []));
        d.Execute((s, _) => s.PromoteToPiste(s_anim, "piste-w2", "w2", "c-vide", null));
        d.StartRound("w2", "faisabilite");
        d.Execute((s, now) => s.Rate(lea, now, "w2", 4));

        // The workshop holds no notes, so removing it is allowed.
        d.Execute((s, _) => s.RemoveWorkshop(s_anim, "w2"));

        Assert.Null(d.Session.FindWorkshop("w2"));
        Assert.True(d.Session.Clusters.All(c => d.Session.FindWorkshop(c.WorkshopId) is not null), $"A cluster outlived its workshop. {d.Replay}");
        Assert.True(d.Session.Pistes.All(p => d.Session.FindWorkshop(p.WorkshopId) is not null), $"A piste outlived its workshop. {d.Replay}");
        Assert.True(d.Session.Ratings.All(r => d.Session.FindWorkshop(r.WorkshopId) is not null), $"A rating outlived its workshop. {d.Replay}");
    }

    [Fact]
    public void ARetriedNoteThatTheAnimatorDeletedDoesNotComeBack()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w1", WorkshopFormat.Emergence);
        var lea = d.Join("lea");
        d.StartRound("w1", "regroupement");
        d.AddNote(lea, "lea-0001", "w1", "idee", "Un texte à modérer");
        var firstSeq = d.Session.Version;
        d.Execute((s, now) => s.DeleteNote(s_anim, now, "lea-0001"));

        // The phone never got the answer and sends the queued note again.
        var retry = d.AddNote(lea, "lea-0001", "w1", "idee", "Un texte à modérer");

        Assert.True(retry.IsEmpty, $"The deleted note was posted again. {d.Replay}");
        Assert.Equal(firstSeq, retry.AlreadyAt);
        Assert.Null(d.Session.FindNote("lea-0001"));
    }

    [Fact]
    public void OnlyTheAnimatorSeesWhichNotesWereDeleted()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w1", WorkshopFormat.Emergence);
        var lea = d.Join("lea");
        d.StartRound("w1", "regroupement");
        d.AddNote(lea, "lea-0001", "w1", "idee", "Un texte à modérer");
        d.Execute((s, now) => s.DeleteNote(s_anim, now, "lea-0001"));

        Assert.Single(d.Session.ViewFor(Viewer.Animator).DeletedNotes);
        Assert.Empty(d.Session.ViewFor(Viewer.Public).DeletedNotes);
        Assert.Empty(d.Session.ViewFor(Viewer.Of(lea)).DeletedNotes);
    }
}
