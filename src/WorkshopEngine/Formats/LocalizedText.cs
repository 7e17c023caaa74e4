namespace StartupTerritoire.WorkshopEngine.Formats;

/// <summary>A text of the default scripts in French and English.</summary>
public sealed record LocalizedText(string Fr, string En)
{
    /// <summary>The text in a language ("fr" unless "en").</summary>
    public string In(string language) => language == "en" ? En : Fr;
}
