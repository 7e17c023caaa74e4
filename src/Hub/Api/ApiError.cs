namespace StartupTerritoire.Server.Api;

/// <summary>A refused HTTP request: the same stable codes as the hub's errors.</summary>
public sealed record ApiError(string Code, string Message);
