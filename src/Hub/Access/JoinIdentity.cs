using System.Security.Cryptography;
using System.Text;
using StartupTerritoire.WorkshopEngine;

namespace StartupTerritoire.Server.Access;

/// <summary>
/// The participant id and token of a join, derived from a secret join id the phone makes (at least 128 random bits)
/// and keeps until it has the answer. A phone that sends the join again after a lost answer gets the same
/// participant and the same token back, instead of a second participant. The id never leaves the phone and the
/// server; the store keeps only the token's hash, as for every token.
/// </summary>
internal static class JoinIdentity
{
    public const int MinJoinIdLength = 32;
    public const int MaxJoinIdLength = 128;

    public static (string ParticipantId, string Token) From(string sessionId, string joinId)
    {
        if (joinId.Length is < MinJoinIdLength or > MaxJoinIdLength || !joinId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument,
                $"joinId must be {MinJoinIdLength} to {MaxJoinIdLength} letters, digits, '-' or '_', made at random on the device.");
        }

        return (Derive("participant", sessionId, joinId)[..22], Derive("token", sessionId, joinId));
    }

    private static string Derive(string purpose, string sessionId, string joinId) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes($"st-join\n{purpose}\n{sessionId}\n{joinId}")))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
