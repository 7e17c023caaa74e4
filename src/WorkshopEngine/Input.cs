using System.Globalization;
using System.Text;

namespace StartupTerritoire.WorkshopEngine;

/// <summary>The checks every piece of typed text and every id goes through before it reaches an event.</summary>
public static class Input
{
    /// <summary>The longest id, client-made or not.</summary>
    public const int MaxIdLength = 64;

    /// <summary>The longest nickname.</summary>
    public const int MaxNicknameLength = 40;

    /// <summary>The longest title (session, workshop, cluster, piste, table).</summary>
    public const int MaxTitleLength = 160;

    /// <summary>The longest long text (challenge, pitch, description, instructions).</summary>
    public const int MaxLongTextLength = 2000;

    /// <summary>An id: 1 to 64 of A–Z, a–z, 0–9, '-' and '_'.</summary>
    public static string Id(string? value, string field)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxIdLength || !value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, $"{field} must be 1 to {MaxIdLength} letters, digits, '-' or '_'.");
        }

        return value;
    }

    /// <summary>A required single-line text, trimmed, 1 to <paramref name="max"/> characters, no control characters.</summary>
    public static string Line(string? value, int max, string field, string emptyCode = ErrorCodes.InvalidArgument)
    {
        var text = Clean(value, allowNewLines: false);
        if (text.Length == 0)
        {
            throw new WorkshopException(emptyCode, $"{field} must not be empty.");
        }

        return text.Length > max
            ? throw new WorkshopException(ErrorCodes.InvalidArgument, $"{field} must be at most {max} characters.")
            : text;
    }

    /// <summary>An optional text (empty allowed), trimmed, at most <paramref name="max"/> characters.</summary>
    public static string Optional(string? value, int max, string field, bool allowNewLines = true)
    {
        var text = Clean(value, allowNewLines);
        return text.Length > max
            ? throw new WorkshopException(ErrorCodes.InvalidArgument, $"{field} must be at most {max} characters.")
            : text;
    }

    /// <summary>An optional text as kept: null when empty, so "nothing typed" is one value.</summary>
    public static string? NullIfEmpty(string value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>A note's text: trimmed, never empty, at most <see cref="Notes.Note.MaxLength"/> characters.</summary>
    public static string NoteText(string? value)
    {
        var text = Clean(value, allowNewLines: true);
        if (text.Length == 0)
        {
            throw new WorkshopException(ErrorCodes.NoteEmpty, "A note cannot be empty.");
        }

        return text.Length > Notes.Note.MaxLength
            ? throw new WorkshopException(ErrorCodes.NoteTooLong, $"A note is at most {Notes.Note.MaxLength} characters.")
            : text;
    }

    /// <summary>
    /// Trims, normalises to NFC (so "é" typed two ways is one text), turns CR LF into LF and drops other control
    /// characters, which have no place on a sticky note and could hide text in exports.
    /// </summary>
    private static string Clean(string? value, bool allowNewLines)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var normalized = value.Replace("\r\n", "\n", StringComparison.Ordinal).Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (c == '\n' && allowNewLines)
            {
                builder.Append(c);
            }
            else if (c is '\n' or '\t')
            {
                builder.Append(' ');
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Control)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }
}
