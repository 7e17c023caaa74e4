namespace StartupTerritoire.Server.Api;

/// <summary>
/// Someone without a phone, added by the staff: a nickname, their table, and a participant id made by the console
/// (sent again unchanged on a retry, so a retry finds the same person instead of adding them twice).
/// </summary>
public sealed record AssistedRequest(string? ParticipantId, string? Nickname, string? TableId);
