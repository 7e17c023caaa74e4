using System.Text;
using System.Text.Json.Nodes;
using StartupTerritoire.Server.Exports;
using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Export;
using StartupTerritoire.WorkshopEngine.Groups;
using StartupTerritoire.WorkshopEngine.Sessions;

namespace StartupTerritoire.Server.Tests.Exports;

/// <summary>A dossier carries the theme, the launch stage and why it stopped, and the needs and offers; an older one without them still imports.</summary>
public sealed class GroupDossierLaunchTests
{
    private static readonly string s_code = JoinCode.FromRandom([9, 8, 7, 6, 5, 4, 3, 2]);
    private static readonly Actor s_seat = new(Role.CoAnimator, "seat-1");
    private static readonly DateTimeOffset s_at = new(2027, 2, 1, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TheDossierShowsAndCarriesTheThemeStageStopReasonAndNeedsAndOffers()
    {
        var dossier = GroupDossiers.Of(StoppedGroup().ViewFor(s_seat), true, s_at);
        Assert.Contains("**Thème** : Circuits courts", GroupDossierFormatsTests.Text(dossier, "md"), StringComparison.Ordinal);
        var md = GroupDossierFormatsTests.Text(dossier, "md");
        Assert.Contains("Arrêté", md, StringComparison.Ordinal);
        Assert.Contains("Pas de chauffeur l'hiver", md, StringComparison.Ordinal);
        Assert.Contains("Un garage couvert", md, StringComparison.Ordinal);

        var json = GroupDossierFormatsTests.Text(dossier, "json");
        var back = WorkingGroup.FromEvents(GroupDossierRestorer.Restore(GroupDossierExporter.Read(Encoding.UTF8.GetBytes(json)), "group-again", s_code, "seat-a", "seat-b"));
        Assert.Equal(("circuitsCourts", GroupStage.Stopped, "Pas de chauffeur l'hiver"), (back.Theme, back.Stage, back.StopReason));
        Assert.Equal(["x-1:Need:lieu:Un garage couvert", "x-2:Offer:materiel:Un minibus le week-end"], back.Exchanges.OrderBy(x => x.Id, StringComparer.Ordinal).Select(x => $"{x.Id}:{x.Kind}:{x.Category}:{x.Text}"));
        Assert.False(back.Publication.Published);

        // A dossier written before themes and exchanges: the same file without them.
        var old = JsonNode.Parse(json)!.AsObject();
        old.Remove("exchanges");
        old["group"]!.AsObject().Remove("theme");
        old["group"]!.AsObject().Remove("stopReason");
        old["group"]!["stage"] = "readyToLaunch";
        var older = WorkingGroup.FromEvents(GroupDossierRestorer.Restore(GroupDossierExporter.Read(Encoding.UTF8.GetBytes(old.ToJsonString())), "group-old", s_code, "seat-a", "seat-b"));
        Assert.Equal((null, GroupStage.ReadyToLaunch, null), (older.Theme, older.Stage, older.StopReason));
        Assert.Empty(older.Exchanges);
    }

    private static WorkingGroup StoppedGroup()
    {
        var events = new List<StoredEvent>();
        var group = WorkingGroup.FromEvents([]);
        void Do(Func<WorkingGroup, WorkshopEngine.Decision> command)
        {
            foreach (var e in command(group).Events)
            {
                var stored = new StoredEvent(events.Count + 1, s_at, e);
                events.Add(stored);
                group.Apply(stored);
            }
        }

        Do(_ => WorkingGroup.Create("group-navette", "Navette solidaire", "Au marché sans voiture", "fr", JoinCode.FromRandom([1, 2, 3, 4, 5, 6, 7, 8]), null, s_seat.Id, "seat-2"));
        Do(g => g.SetExchange(s_seat, "x-1", ExchangeKind.Need, "lieu", "Un garage couvert"));
        Do(g => g.SetExchange(s_seat, "x-2", ExchangeKind.Offer, "materiel", "Un minibus le week-end"));
        Do(g => g.ChangeCard(s_seat, "Navette solidaire", "Au marché sans voiture", GroupStage.Stopped, "circuitsCourts", "Pas de chauffeur l'hiver"));
        Do(g => g.SetPublication(s_seat, true, "Publiée", true, true));
        return group;
    }
}
