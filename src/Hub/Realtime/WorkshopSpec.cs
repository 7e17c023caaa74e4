using MessagePack;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Formats;

namespace StartupTerritoire.Server.Realtime;

/// <summary>
/// A workshop as a client describes it: its format ("emergence", "acceleration", "essaimage", or a group's meeting
/// "atelierCanvas", "planAction", "revueEtape"), title, and the input
/// fields of that format (the others are ignored), and, at creation, the minutes of rounds whose default timing changes.
/// </summary>
[MessagePackObject]
public sealed class WorkshopSpec
{
    [Key("id")] public string? Id { get; set; }
    [Key("format")] public string? Format { get; set; }
    [Key("title")] public string? Title { get; set; }
    [Key("challenge")] public string? Challenge { get; set; }
    [Key("theme")] public string? Theme { get; set; }
    [Key("holder")] public string? Holder { get; set; }
    [Key("pitch")] public string? Pitch { get; set; }
    [Key("needs")] public string? Needs { get; set; }
    [Key("name")] public string? Name { get; set; }
    [Key("originTerritory")] public string? OriginTerritory { get; set; }
    [Key("description")] public string? Description { get; set; }
    [Key("successFactors")] public List<string>? SuccessFactors { get; set; }

    /// <summary>
    /// Round durations that differ from the default script, in minutes (1–240) by round id. Read only when a soirée is
    /// created (POST /api/sessions); AddWorkshop and UpdateWorkshop ignore it (use UpdateRound there).
    /// </summary>
    [Key("roundMinutes")] public Dictionary<string, int>? RoundMinutes { get; set; }

    internal WorkshopFormat ParseFormat() => WorkshopFormats.Parse(Format)
        ?? throw new WorkshopException(ErrorCodes.InvalidArgument, $"The format is one of {WorkshopFormats.AllNames}.");

    internal WorkshopInput ToInput() => new(
        Challenge is null ? null : new Challenge(Challenge, Theme),
        Pitch is null ? null : new ProjectCard(Holder ?? string.Empty, Pitch, Needs ?? string.Empty),
        Name is null ? null : new ExternalProject(Name, OriginTerritory ?? string.Empty, Description ?? string.Empty, SuccessFactors ?? []));
}
