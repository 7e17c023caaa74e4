namespace StartupTerritoire.Server.Api;

/// <summary>A table of a new soirée; <see cref="Workshop"/> is the index of its workshop in the run-of-show.</summary>
public sealed record TableSpec(string? Name, int? Workshop);
