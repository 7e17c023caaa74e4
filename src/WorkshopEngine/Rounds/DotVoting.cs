namespace StartupTerritoire.WorkshopEngine.Rounds;

/// <summary>Dot votes: <see cref="Budget"/> dots per person and round, at most <see cref="CapPerTarget"/> on one target.</summary>
public sealed record DotVoting(int Budget, int CapPerTarget);
