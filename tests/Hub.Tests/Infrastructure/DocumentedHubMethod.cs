namespace StartupTerritoire.Server.Tests.Infrastructure;

/// <summary>A hub method as docs/protocol.md lists it: its parameters ("string?", "requestId") in wire order, its roles and result.</summary>
public sealed record DocumentedHubMethod(string Name, IReadOnlyList<(string Type, string Name)> Parameters, IReadOnlyList<string> Roles, string Returns);
