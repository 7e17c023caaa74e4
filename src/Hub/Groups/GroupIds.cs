using StartupTerritoire.Server.Access;

namespace StartupTerritoire.Server.Groups;

/// <summary>
/// A group's log lives in the same store as the soirées', with ids of its own shape, so a group's code or token can
/// never open a soirée's page or hub, and the other way round.
/// </summary>
internal static class GroupIds
{
    private const string Prefix = "group-";

    public static string NewId() => Prefix + TokenHasher.NewId();

    public static bool IsGroup(string? id) => id is not null && id.StartsWith(Prefix, StringComparison.Ordinal);
}
