using System.Text.Json;
using StartupTerritoire.Server.Storage;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Groups;
using StartupTerritoire.WorkshopEngine.Groups.Events;

namespace StartupTerritoire.Server.Tests.Storage;

/// <summary>A group's snapshot as the stores keep it: each text and each canvas entry the versions share written once.</summary>
public sealed class StoredGroupSnapshotTests
{
    private const string Kept = "Un local réfrigéré partagé à la gare routière, « clé en main » ; 3 € le kilo";
    private static readonly DateTimeOffset s_at = new(2027, 2, 3, 18, 30, 0, TimeSpan.FromHours(1));

    [Fact]
    public void EachTextAndEachEntryTheVersionsShareIsWrittenOnceAndReadBackAsTheState()
    {
        var snapshot = TwoVersionsOfOneEntry().ToSnapshot();

        var json = SessionJson.SerializeGroupSnapshot(snapshot);
        var back = SessionJson.DeserializeGroupSnapshot(json);

        // The entry's text is in its history line, in both versions and on the canvas: written twice, in the shared
        // texts and in the canvas as it stands.
        Assert.Equal(2, json.Split(JsonEncodedText.Encode(Kept).ToString()).Length - 1);
        Assert.Equivalent(snapshot, back, strict: true);
        Assert.Same(back.CanvasVersions[0].Items[0], back.CanvasVersions[1].Items[0]);
    }

    [Fact]
    public void ASnapshotWrittenBeforeTextsWereSharedStillLoads()
    {
        var snapshot = TwoVersionsOfOneEntry().ToSnapshot();

        var back = SessionJson.DeserializeGroupSnapshot(JsonSerializer.Serialize(snapshot, SessionJson.Options));

        Assert.Equivalent(snapshot, back, strict: true);
    }

    // An entry kept, then two versions of the canvas that both hold it unchanged.
    private static WorkingGroup TwoVersionsOfOneEntry()
    {
        StreamEvent[] events =
        [
            new GroupCreated("group-stored", "Légumerie du plateau", "Des légumes épluchés pour les cantines", "fr", "ACDEFGHJ", null, "seat-1", "seat-2"),
            new CanvasItemAdded("i-1", "ressources", Kept, "seat-1", null),
            new CanvasVersionSaved(1, "Après la réunion de janvier"),
            new CanvasVersionSaved(2, "Après la réunion de février"),
        ];
        return WorkingGroup.FromEvents(events.Select((e, i) => new StoredEvent(i + 1, s_at.AddDays(i), e)));
    }
}
