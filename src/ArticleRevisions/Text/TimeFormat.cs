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
}
