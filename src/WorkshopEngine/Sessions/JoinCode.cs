namespace StartupTerritoire.WorkshopEngine.Sessions;

/// <summary>
/// The code people type to join: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B),
/// shown as ABCD-EFGH. 24^8 ≈ 1.1e11 codes.
/// </summary>
public static class JoinCode
{
    /// <summary>The characters a code is made of.</summary>
    public const string Alphabet = "ACDEFGHJKMNPQRTUVWXY3467";

    /// <summary>The number of characters in a code, without the dash.</summary>
    public const int Length = 8;

    /// <summary>Makes a code from random bytes (the caller owns the randomness, keeping the domain deterministic).</summary>
    public static string FromRandom(ReadOnlySpan<byte> random)
    {
        if (random.Length < Length)
        {
            throw new ArgumentException($"At least {Length} random bytes are needed.", nameof(random));
        }

        Span<char> code = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            // 256 is not a multiple of 24: the bias (at most 1/10) does not matter for a code that is also rate-limited.
            code[i] = Alphabet[random[i] % Alphabet.Length];
        }

        return new string(code);
    }

    /// <summary>Turns what someone typed (any case, with or without dash or spaces) into the canonical code, or null.</summary>
    public static string? Normalize(string? typed)
    {
        if (typed is null)
        {
            return null;
        }

        Span<char> code = stackalloc char[Length];
        var n = 0;
        foreach (var c in typed)
        {
            if (c is '-' or ' ' or '\u00A0')
            {
                continue;
            }

            var upper = char.ToUpperInvariant(c);
            if (n == Length || Alphabet.IndexOf(upper) < 0)
            {
                return null;
            }

            code[n++] = upper;
        }

        return n == Length ? new string(code) : null;
    }

    /// <summary>Formats a canonical code for display: ABCD-EFGH.</summary>
    public static string Display(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Length == Length ? string.Concat(code.AsSpan(0, 4), "-", code.AsSpan(4)) : code;
    }
}
