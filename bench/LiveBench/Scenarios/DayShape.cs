namespace StartupTerritoire.LiveBench.Scenarios;

/// <summary>D1's size: soirées served in turn, phones in each, and the server's idle eviction (zero: off).</summary>
public sealed record DayShape(int Soirees, int Phones, TimeSpan IdleEviction);
