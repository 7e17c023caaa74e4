namespace StartupTerritoire.WorkshopEngine.Rounds;

/// <summary>
/// Dot votes: <see cref="Budget"/> dots per person and round, at most <see cref="CapPerTarget"/> on one target.
/// <see cref="LiveResults"/> shows the counts to the room while the vote runs; by default they show only once it has
/// ended, so that early dots do not steer the later ones.
/// </summary>
public sealed record DotVoting(int Budget, int CapPerTarget, bool LiveResults = false);
