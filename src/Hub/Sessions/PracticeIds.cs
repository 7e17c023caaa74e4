using StartupTerritoire.Server.Access;

namespace StartupTerritoire.Server.Sessions;

/// <summary>
/// A practice soirée (an animator rehearsing the démarche's evening) is an ordinary soirée with an id of its own
/// shape, so the store forgets it soon after it is made and as soon as it closes, and no record counts it.
/// </summary>
internal static class PracticeIds
{
    private const string Prefix = "practice-";

    /// <summary>How long a practice soirée is kept at most.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    public static string NewId() => Prefix + TokenHasher.NewId();

    public static bool IsPractice(string? id) => id is not null && id.StartsWith(Prefix, StringComparison.Ordinal);
}
