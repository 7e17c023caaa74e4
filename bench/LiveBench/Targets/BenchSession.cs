namespace StartupTerritoire.LiveBench.Targets;

/// <summary>A soirée made for a benchmark room: what its phones and its animator need to reach it.</summary>
public sealed record BenchSession(string SessionId, string JoinCode, string AnimatorToken);
