using System.Globalization;

namespace StartupTerritoire.WorkshopEngine.Formats;

/// <summary>The formats' names on the wire and in records (the enum's name in camel case), and what each works on.</summary>
public static class WorkshopFormats
{
    /// <summary>The format a name stands for ("emergence", "atelierCanvas"…, any case), or null.</summary>
    public static WorkshopFormat? Parse(string? name) =>
        Enum.GetValues<WorkshopFormat>().Select(f => (WorkshopFormat?)f).FirstOrDefault(f => string.Equals(NameOf(f!.Value), name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The format's name on the wire, its enum name in camel case as every enum of the protocol: "emergence", "acceleration", "essaimage", "atelierCanvas", "planAction", "revueEtape".</summary>
    public static string NameOf(WorkshopFormat format)
    {
        var name = format.ToString();
        return string.Concat(name[..1].ToLower(CultureInfo.InvariantCulture), name[1..]);
    }

    /// <summary>Every name, for error messages.</summary>
    public static string AllNames => string.Join(", ", Enum.GetValues<WorkshopFormat>().Select(NameOf));

    /// <summary>A working group's meeting format (run live from the group, not offered for an evening).</summary>
    public static bool IsMeeting(this WorkshopFormat format) => format is WorkshopFormat.AtelierCanvas or WorkshopFormat.PlanAction or WorkshopFormat.RevueEtape;

    /// <summary>
    /// Whether the format works on a question (<see cref="Challenge"/>): an émergence's challenge, or a meeting's
    /// focus ("Où en est notre modèle économique ?") with the group's name as its theme.
    /// </summary>
    public static bool TakesChallenge(this WorkshopFormat format) => format == WorkshopFormat.Emergence || format.IsMeeting();
}
