using StartupTerritoire.WorkshopEngine.Rounds;

namespace StartupTerritoire.WorkshopEngine.Formats;

/// <summary>A workshop of the run-of-show: its format, input, ordered rounds and, in accélération, its holder.</summary>
public sealed record Workshop(
    string Id,
    WorkshopFormat Format,
    string Title,
    WorkshopInput Input,
    IReadOnlyList<Round> Rounds,
    string? HolderId)
{
    /// <summary>The round that is running or paused, if any (at most one is).</summary>
    public Round? ActiveRound => Rounds.FirstOrDefault(r => r.Status is RoundStatus.Running or RoundStatus.Paused);

    /// <summary>Finds a round by id.</summary>
    public Round? FindRound(string roundId) => Rounds.FirstOrDefault(r => r.Id == roundId);
}
