namespace StartupTerritoire.Server.Clustering;

/// <summary>A file or argument of the <c>cluster</c> command that cannot be used; its message says which and why.</summary>
internal sealed class InvalidInputException(string message) : Exception(message);
