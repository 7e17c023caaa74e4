using System.Globalization;

namespace StartupTerritoire.WorkshopEngine.Clustering;

/// <summary>
/// The animator's "fewer / more groups" setting: a similarity level in (0, 1]; lower merges more. Named levels
/// cover ideas (<see cref="Medium"/>, the default) and themes (<see cref="Coarse"/>).
/// </summary>
public sealed record Granularity(double Level)
{
    /// <summary>Many small, tight groups.</summary>
    public static Granularity Fine { get; } = new(0.75);

    /// <summary>Groups of one idea each: the default.</summary>
    public static Granularity Medium { get; } = new(0.5);

    /// <summary>Few broad groups, about one per theme.</summary>
    public static Granularity Coarse { get; } = new(0.25);

    /// <summary>Reads "fine", "medium", "coarse" or a number in (0, 1]; anything else is refused.</summary>
    public static Granularity Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "medium" => Medium,
        "fine" => Fine,
        "coarse" => Coarse,
        var s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var level) && level > 0 && level <= 1 => new Granularity(level),
        _ => throw new WorkshopException(ErrorCodes.InvalidArgument, "The granularity is fine, medium, coarse or a number in (0, 1]."),
    };
}
