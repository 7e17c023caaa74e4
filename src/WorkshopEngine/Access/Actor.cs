namespace StartupTerritoire.WorkshopEngine.Access;

/// <summary>The caller of a command: a role, the principal's id and, for a co-animator or a table board, its table.</summary>
public sealed record Actor(Role Role, string Id, string? TableId = null)
{
    /// <summary>The server's own actor, used by the round clock.</summary>
    public static Actor System { get; } = new(Role.System, "system");
}
