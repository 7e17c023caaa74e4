namespace StartupTerritoire.WorkshopEngine.Clustering;

/// <summary>One analysed word of a note: its stem (folded, lower-cased, light-stemmed) and the word as written, lower-cased.</summary>
internal readonly record struct FrenchToken(string Stem, string Surface);
