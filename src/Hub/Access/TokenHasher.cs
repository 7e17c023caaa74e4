using System.Security.Cryptography;
using System.Text;

namespace StartupTerritoire.Server.Access;

/// <summary>Makes secret tokens (256 random bits) and the hashes they are stored as; a token is never stored.</summary>
internal static class TokenHasher
{
    public const int MaxTokenLength = 128;

    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>A new random id for things the server names (sessions, participants, links).</summary>
    public static string NewId() => Base64Url(RandomNumberGenerator.GetBytes(16));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
