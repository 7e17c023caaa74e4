namespace StartupTerritoire.WorkshopEngine;

/// <summary>
/// A command that the rules refuse. <see cref="Code"/> is stable (part of the wire contract, see
/// <see cref="ErrorCodes"/>); the message is for people. Raising it changes nothing.
/// </summary>
public sealed class WorkshopException(string code, string message) : Exception(message)
{
    /// <summary>The stable, dotted error code, e.g. <c>note.too_long</c>.</summary>
    public string Code { get; } = code;
}
