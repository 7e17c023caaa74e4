namespace StartupTerritoire.WorkshopEngine.Access;

/// <summary>
/// What a secret token grants. Only the token's hash is kept, never the token itself.
/// </summary>
public sealed record Credential(
    string TokenHash,
    string SessionId,
    Role Role,
    string PrincipalId,
    string? TableId,
    DateTimeOffset CreatedAt)
{
    /// <summary>The actor this credential acts as.</summary>
    public Actor ToActor() => new(Role, PrincipalId, TableId);
}
