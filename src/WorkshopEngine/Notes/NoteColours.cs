namespace StartupTerritoire.WorkshopEngine.Notes;

/// <summary>The colours a note can take; the first is the default.</summary>
public static class NoteColours
{
    /// <summary>The palette, by stable key.</summary>
    public static IReadOnlyList<string> All { get; } = ["jaune", "rose", "bleu", "vert", "orange", "violet"];

    /// <summary>The default colour.</summary>
    public static string Default => All[0];

    /// <summary>Checks a colour key; null or empty gives the default.</summary>
    public static string Check(string? colour)
    {
        if (string.IsNullOrEmpty(colour))
        {
            return Default;
        }

        return All.Contains(colour)
            ? colour
            : throw new WorkshopException(ErrorCodes.InvalidArgument, $"Unknown colour; use one of {string.Join(", ", All)}.");
    }
}
