namespace StartupTerritoire.WorkshopEngine.Export;

/// <summary>A participant; <see cref="Nickname"/> is null when the soirée is anonymous.</summary>
public sealed record ParticipantRecord(string Id, string? Nickname, string? TableId, DateTimeOffset JoinedAt);
