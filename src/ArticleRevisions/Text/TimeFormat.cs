using NodaTime;
using NodaTime.Text;

namespace ArticleRevisions.Text;

/// <summary>Formats instants the way this library shows them to people: in a zone with its offset, or in UTC.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class TimeFormat
{
    // Formatting only, and the pattern names no zone: no provider, so showing a time in UTC never loads the time zone
    // database.
    private static readonly ZonedDateTimePattern Zoned =
        ZonedDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm':'ss o<+HH:mm>", zoneProvider: null);

    /// <summary>Formats <paramref name="instant"/> in <paramref name="zone"/>, such as <c>2025-01-07 10:12:00 +02:00</c>.</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="zone">The zone to show it in.</param>
    /// <returns>The local date and time with the zone's offset at that instant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static string InZone(Instant instant, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return Zoned.Format(instant.InZone(zone));
    }

    /// <summary>Formats <paramref name="instant"/> as ISO-8601 in UTC, such as <c>2025-01-07T08:12:00Z</c>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The ISO-8601 text, with fractions of a second only when there are any.</returns>
    public static string Utc(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    /// <summary>The longest text <see cref="InZone(Instant, DateTimeZone, Span{char})"/>, <see cref="Utc(Instant, Span{char})"/> and <see cref="Rfc3339"/> write.</summary>
    internal const int MaxLength = 48;

    /// <summary>Writes what <see cref="InZone(Instant, DateTimeZone)"/> returns into <paramref name="destination"/> (at least <see cref="MaxLength"/> long) without making a string.</summary>
    /// <returns>The number of characters written.</returns>
    /// <remarks>
    /// Written by hand for the years 1 to 9999 and offsets in whole minutes (every zone since the 1970s); anything else
    /// (a local mean time with seconds in its offset) goes through the pattern, so the text is always the pattern's.
    /// </remarks>
    internal static int InZone(Instant instant, DateTimeZone zone, Span<char> destination)
    {
        var zoned = instant.InZone(zone);
        var local = zoned.LocalDateTime;
        if (!IsPlain(local, zoned.Offset))
        {
            return Copy(InZone(instant, zone), destination);
        }

        var at = WriteDate(local, destination);
        destination[at++] = ' ';
        at = WriteTime(local, destination, at, fraction: false);
        destination[at++] = ' ';
        return WriteOffset(zoned.Offset, destination, at, zeroAsZ: false);
    }

    /// <summary>Writes what <see cref="Utc(Instant)"/> returns into <paramref name="destination"/> (at least <see cref="MaxLength"/> long) without making a string.</summary>
    /// <returns>The number of characters written.</returns>
    internal static int Utc(Instant instant, Span<char> destination)
    {
        var local = instant.InUtc().LocalDateTime;
        if (!IsPlain(local, Offset.Zero))
        {
            return Copy(Utc(instant), destination);
        }

        var at = WriteDate(local, destination);
        destination[at++] = 'T';
        at = WriteTime(local, destination, at, fraction: true);
        destination[at++] = 'Z';
        return at;
    }

    /// <summary>
    /// Writes <paramref name="instant"/> in <paramref name="zone"/> as RFC 3339 (<c>OffsetDateTimePattern.Rfc3339</c>:
    /// fractions of a second only when there are any, <c>Z</c> for a zero offset) into <paramref name="destination"/>
    /// (at least <see cref="MaxLength"/> long).
    /// </summary>
    /// <returns>The number of characters written.</returns>
    internal static int Rfc3339(Instant instant, DateTimeZone zone, Span<char> destination)
    {
        var zoned = instant.InZone(zone);
        var local = zoned.LocalDateTime;
        if (!IsPlain(local, zoned.Offset))
        {
            return Copy(OffsetDateTimePattern.Rfc3339.Format(zoned.ToOffsetDateTime()), destination);
        }

        var at = WriteDate(local, destination);
        destination[at++] = 'T';
        at = WriteTime(local, destination, at, fraction: true);
        return WriteOffset(zoned.Offset, destination, at, zeroAsZ: true);
    }

    private static bool IsPlain(LocalDateTime local, Offset offset) => local.Year is >= 1 and <= 9999 && offset.Seconds % 60 == 0;

    private static int Copy(string text, Span<char> destination)
    {
        text.CopyTo(destination);
        return text.Length;
    }

    private static int WriteDate(LocalDateTime local, Span<char> destination)
    {
        Digits(local.Year, 4, destination);
        destination[4] = '-';
        Digits(local.Month, 2, destination[5..]);
        destination[7] = '-';
        Digits(local.Day, 2, destination[8..]);
        return 10;
    }

    private static int WriteTime(LocalDateTime local, Span<char> destination, int at, bool fraction)
    {
        Digits(local.Hour, 2, destination[at..]);
        destination[at + 2] = ':';
        Digits(local.Minute, 2, destination[(at + 3)..]);
        destination[at + 5] = ':';
        Digits(local.Second, 2, destination[(at + 6)..]);
        at += 8;
        var nanoseconds = local.NanosecondOfSecond;
        if (fraction && nanoseconds != 0)
        {
            // ";FFFFFFFFF": a point and up to nine digits, trailing zeros left out.
            destination[at++] = '.';
            var digits = 9;
            while (nanoseconds % 10 == 0)
            {
                nanoseconds /= 10;
                digits--;
            }

            Digits(nanoseconds, digits, destination[at..]);
            at += digits;
        }

        return at;
    }

    private static int WriteOffset(Offset offset, Span<char> destination, int at, bool zeroAsZ)
    {
        var seconds = offset.Seconds;
        if (seconds == 0 && zeroAsZ)
        {
            destination[at] = 'Z';
            return at + 1;
        }

        destination[at] = seconds < 0 ? '-' : '+';
        var minutes = Math.Abs(seconds) / 60;
        Digits(minutes / 60, 2, destination[(at + 1)..]);
        destination[at + 3] = ':';
        Digits(minutes % 60, 2, destination[(at + 4)..]);
        return at + 6;
    }

    private static void Digits(int value, int count, Span<char> destination)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            destination[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
