using System.Text;
using System.Text.Json.Nodes;
using StartupTerritoire.Server.Exports;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Export;
using StartupTerritoire.WorkshopEngine.Groups;
using StartupTerritoire.WorkshopEngine.Sessions;

namespace StartupTerritoire.Server.Tests.Exports;

/// <summary>
/// A dossier made back into a group: everything but the people comes back, each canvas version as it stood; a dossier
/// that does not describe a valid group is refused with a typed error before anything is made.
/// </summary>
public sealed class GroupDossierImportTests
{
    private static readonly string s_code = JoinCode.FromRandom([9, 8, 7, 6, 5, 4, 3, 2]);

    [Fact]
    public void ExportThenImportThenExportGivesTheSameDossierButThePeople()
    {
        var first = ScriptedGroup.Run().Dossier();
        var json = GroupDossierFormatsTests.Text(first, "json");

        var events = GroupDossierRestorer.Restore(GroupDossierExporter.Read(Encoding.UTF8.GetBytes(json)), "group-again", s_code, "seat-a", "seat-b");
        var group = WorkingGroup.FromEvents(events);
        var second = GroupDossiers.Of(group.ViewFor(new(WorkshopEngine.Access.Role.CoAnimator, "seat-a")), true, first.ExportedAt);

        Assert.Equal(SameContent(first), SameContent(second));
        Assert.Equal(["Première esquisse", "Version 2"], second.CanvasVersions.Select(v => v.Label));
        Assert.Contains(second.CanvasVersions[0].Entries, e => e.Text == "La mairie de Joyeuse" && e.Source == "r-1/n-4");
        Assert.Empty(second.Members);
        Assert.Empty(group.Invitations);
        Assert.Equal(["seat-a", "seat-b"], group.Seats);
        Assert.Equal(s_code, group.JoinCode);
        // Bruno owned an action: the action comes back without him; the name typed for someone outside stays.
        Assert.Null(second.Actions.Single(a => a.Id == "a-1").Owner);
        Assert.Equal("Sylvie (Pays)", second.Actions.Single(a => a.Id == "a-2").Owner);
    }

    public static TheoryData<string> Breakages => new()
    {
        "format", "version", "no group", "group name", "language", "canvas block", "canvas text", "canvas id twice", "canvas missing",
        "version numbers", "milestone date", "milestone status", "action text", "meeting length", "decisions", "origin rating", "origin note", "date",
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void ABrokenDossierIsRefusedAsInvalidInput(string breakage)
    {
        var d = ScriptedGroup.Run().Dossier();
        var broken = breakage switch
        {
            "format" => d with { Format = "startup-territoire/evening" },
            "version" => d with { Version = 2 },
            "no group" => d with { Group = null! },
            "group name" => d with { Group = d.Group with { Name = "  " } },
            "language" => d with { Group = d.Group with { Language = "de" } },
            "canvas block" => d with { Canvas = [d.Canvas[0] with { Block = "ailleurs" }, .. d.Canvas.Skip(1)] },
            "canvas text" => d with { Canvas = [d.Canvas[0] with { Text = new string('x', 501) }, .. d.Canvas.Skip(1)] },
            "canvas id twice" => d with { Canvas = [.. d.Canvas, d.Canvas[0] with { Text = "Autre" }] },
            "canvas missing" => d with { Canvas = null! },
            "version numbers" => d with { CanvasVersions = [d.CanvasVersions[1]] },
            "milestone date" => d with { Milestones = [d.Milestones[0] with { Due = new DateOnly(1999, 12, 31) }] },
            "milestone status" => d with { Milestones = [d.Milestones[0] with { Status = (MilestoneStatus)9 }] },
            "action text" => d with { Actions = [d.Actions[0] with { What = "" }] },
            "meeting length" => d with { Meetings = [d.Meetings[0] with { DurationMinutes = 2 }] },
            "decisions" => d with { Meetings = [d.Meetings[0] with { Decisions = [.. Enumerable.Repeat("Oui", 51)] }] },
            "origin rating" => d with { Origin = d.Origin! with { AverageRating = 7 } },
            "origin note" => d with { Origin = d.Origin! with { Clusters = [d.Origin.Clusters[0] with { Notes = [null!] }] } },
            "date" => d with { Actions = [d.Actions[0] with { ChangedAt = DateTimeOffset.MinValue }] },
            _ => throw new ArgumentOutOfRangeException(nameof(breakage)),
        };

        var refused = Assert.ThrowsAny<WorkshopException>(() => GroupDossierRestorer.Restore(broken, "group-again", s_code, "seat-a", "seat-b"));
        Assert.True(refused.Code is ErrorCodes.InvalidArgument or ErrorCodes.NoteTooLong or ErrorCodes.NoteEmpty, $"{breakage}: {refused.Code}");
    }

    [Theory]
    [InlineData("", "not a working group's dossier")]
    [InlineData("null", "empty")]
    [InlineData("{ \"format\": ", "not a working group's dossier")]
    [InlineData("[1, 2, 3]", "not a working group's dossier")]
    [InlineData("{ \"format\": \"startup-territoire/group-dossier\", \"version\": 1, \"surprise\": true }", "not a working group's dossier")]
    public void AFileThatIsNotADossierIsRefusedByTheReader(string json, string reason)
    {
        var refused = Assert.Throws<WorkshopException>(() => GroupDossierExporter.Read(Encoding.UTF8.GetBytes(json)));
        Assert.Equal(ErrorCodes.InvalidArgument, refused.Code);
        Assert.Contains(reason, refused.Message, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "Same content": the JSON dossier without what an import renews or leaves out: the moment of export, the
    /// members, and the members who owned actions.
    /// </summary>
    internal static string SameContent(GroupDossier dossier)
    {
        var json = JsonNode.Parse(GroupDossierFormatsTests.Text(dossier, "json"))!.AsObject();
        json.Remove("exportedAt");
        json.Remove("members");
        foreach (var action in json["actions"]!.AsArray().Select(a => a!.AsObject()).Where(a => a["ownerIsMember"]!.GetValue<bool>()))
        {
            action["owner"] = null;
            action["ownerIsMember"] = false;
        }

        return json.ToJsonString();
    }
}
