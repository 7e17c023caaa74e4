namespace StartupTerritoire.WorkshopEngine.Clustering;

/// <summary>
/// One analysed word of a note: its stem (folded, lower-cased, light-stemmed), the word as written (lower-cased) and
/// its position in the text, stop words counted, so that adjacent words can be told from words a stop word separates.
/// </summary>
internal readonly record struct FrenchToken(string Stem, string Surface, int Position);
