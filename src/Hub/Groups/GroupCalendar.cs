using System.Globalization;
using System.Text;
using StartupTerritoire.WorkshopEngine.Groups;

namespace StartupTerritoire.Server.Groups;

/// <summary>
/// A meeting as an iCalendar file (RFC 5545) that any calendar opens: no mail server is needed to tell the group
/// when it meets. Text is escaped and folded as the RFC asks.
/// </summary>
internal static class GroupCalendar
{
    public static string Ics(WorkingGroup group, Meeting meeting, DateTimeOffset now, string pageUrl)
    {
        var builder = new StringBuilder();
        void Line(string name, string value)
        {
            var line = $"{name}:{value}";
            // Fold at 75 octets, never inside a UTF-8 sequence: continuation lines start with one space.
            var bytes = 0;
            var start = 0;
            for (var i = 0; i < line.Length; i++)
            {
                var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1));
                if (bytes + size > (start == 0 ? 75 : 74))
                {
                    builder.Append(line, start, i - start).Append("\r\n ");
                    (start, bytes) = (i, 0);
                }

                bytes += size;
                if (char.IsHighSurrogate(line[i]))
                {
                    i++;
                }
            }

            builder.Append(line, start, line.Length - start).Append("\r\n");
        }

        Line("BEGIN", "VCALENDAR");
        Line("VERSION", "2.0");
        Line("PRODID", "-//Start'up de Territoire//Groupe de travail//FR");
        Line("CALSCALE", "GREGORIAN");
        Line("METHOD", "PUBLISH");
        Line("BEGIN", "VEVENT");
        Line("UID", $"{meeting.Id}@{group.Id}");
        Line("DTSTAMP", Utc(now));
        Line("DTSTART", Utc(meeting.StartsAt));
        Line("DTEND", Utc(meeting.StartsAt.AddMinutes(meeting.DurationMinutes)));
        Line("SUMMARY", Escape($"{group.Name} : {meeting.Title}"));
        if (meeting.Place.Length > 0)
        {
            Line("LOCATION", Escape(meeting.Place));
        }

        var description = meeting.Agenda.Length > 0 ? $"Ordre du jour :\n{meeting.Agenda}\n\n{pageUrl}" : pageUrl;
        Line("DESCRIPTION", Escape(description));
        Line("URL", pageUrl);
        Line("END", "VEVENT");
        Line("END", "VCALENDAR");
        return builder.ToString();
    }

    private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);
}
