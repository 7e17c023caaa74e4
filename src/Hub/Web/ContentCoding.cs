using Microsoft.Net.Http.Headers;

namespace StartupTerritoire.Server.Web;

/// <summary>
/// The content coding to send a file in, from the request's Accept-Encoding and the copies the build wrote beside
/// it: Brotli (smallest) before gzip at equal preference, a coding the client gave q=0 never, and the file as it
/// is when nothing else fits.
/// </summary>
internal static class ContentCoding
{
    /// <summary>The codings the web build writes, by preference, with the suffix of their copy.</summary>
    public static IReadOnlyList<(string Coding, string Suffix)> Precompressed { get; } = [("br", ".br"), ("gzip", ".gz")];

    /// <summary>The coding to use, or null for the file itself; <paramref name="hasCopy"/> says whether a copy exists.</summary>
    public static (string Coding, string Suffix)? Choose(IList<StringWithQualityHeaderValue> accepted, Func<string, bool> hasCopy)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        ArgumentNullException.ThrowIfNull(hasCopy);
        (string Coding, string Suffix)? best = null;
        var bestQuality = 0.0;
        foreach (var candidate in Precompressed)
        {
            var quality = Quality(accepted, candidate.Coding);
            if (quality > bestQuality && hasCopy(candidate.Suffix))
            {
                best = candidate;
                bestQuality = quality;
            }
        }

        return best;
    }

    /// <summary>Whether a path names one of the build's compressed copies, which are only sent through negotiation.</summary>
    public static bool IsCopy(string path) =>
        Precompressed.Any(p => path.EndsWith(p.Suffix, StringComparison.OrdinalIgnoreCase));

    private static double Quality(IList<StringWithQualityHeaderValue> accepted, string coding)
    {
        double? any = null;
        foreach (var value in accepted)
        {
            if (value.Value.Equals(coding, StringComparison.OrdinalIgnoreCase))
            {
                return value.Quality ?? 1;
            }

            if (value.Value.Equals("*", StringComparison.Ordinal))
            {
                any = value.Quality ?? 1;
            }
        }

        return any ?? 0;
    }
}
