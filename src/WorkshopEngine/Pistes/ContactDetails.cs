namespace StartupTerritoire.WorkshopEngine.Pistes;

/// <summary>How to reach a volunteer. Kept only when they ticked explicit consent.</summary>
public sealed record ContactDetails(string? Name, string? Email, string? Phone)
{
    /// <summary>The longest value of any field.</summary>
    public const int MaxFieldLength = 120;
}
