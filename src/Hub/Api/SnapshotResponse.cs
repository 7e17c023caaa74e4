namespace StartupTerritoire.Server.Api;

/// <summary>The session as the caller may see it, at a version.</summary>
public sealed record SnapshotResponse(long Version, long ServerNow, object? Session);
