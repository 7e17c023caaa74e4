namespace StartupTerritoire.WorkshopEngine.Portfolio;

/// <summary>A theme with its label and how many projects of the portfolio have it.</summary>
public sealed record PortfolioTheme(string Key, string Label, int Count);
