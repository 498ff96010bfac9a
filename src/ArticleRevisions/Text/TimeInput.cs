using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace ArticleRevisions.Text;

/// <summary>
/// Reads the times people type: an ISO-8601 instant with <c>Z</c> or an offset, a local date and time read in the
/// article's zone, or a bare date meaning the start of that day in the zone.
/// </summary>
/// <remarks>
/// Accepted shapes: <c>2025-01-07T08:12:00Z</c>, <c>2025-01-07T10:12+02:00</c>, <c>2025-01-07T10:12:30.5+02</c>,
/// <c>2025-01-07 10:12:00 +02:00</c> (as this library prints times), <c>+0200</c> offsets, lower-case <c>t</c> and
/// <c>z</c>; <c>2025-01-07T10:12</c> or <c>2025-01-07 10:12:00</c> (local); and <c>2025-01-07</c> (start of day).
/// A local time that the zone skips (a DST gap) or passes twice (a DST overlap) is refused with a message that
/// says so, rather than guessed. This type is stateless and thread-safe.
/// </remarks>
public static class TimeInput
{
    private static readonly string[] TimesOfDay = ["'T'HH':'mm':'ss;FFFFFFFFF", "'T'HH':'mm", " HH':'mm':'ss;FFFFFFFFF", " HH':'mm"];

    // Every time shape, with the offset written +02, +02:00, +0200 or Z, right after the time or after a space,
    // so the times this library prints (2025-01-07 10:12:00 +02:00) can be typed back in.
    private static readonly OffsetDateTimePattern[] OffsetPatterns =
        (from time in TimesOfDay
         from space in new[] { string.Empty, " " }
         from offset in new[] { "o<G>", "o<+HHmm>" }
         select OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd" + time + space + offset)).ToArray();

    private static readonly LocalDateTimePattern[] LocalPatterns =
    [
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFF"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm':'ss;FFFFFFFFF"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm"),
    ];

    /// <summary>Reads <paramref name="text"/> as an instant, reading local times in <paramref name="zone"/>.</summary>
    /// <param name="text">What the user typed.</param>
    /// <param name="zone">The zone local times and dates are read in, normally the article's.</param>
    /// <returns>
    /// The instant, or a failed result whose exception is a <see cref="FormatException"/> saying what is wrong,
    /// including a DST gap or overlap.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ParseResult<Instant> Parse(string text, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(zone);
        try
        {
            return ParseInRange(text, zone);
        }
        catch (OverflowException)
        {
            // Found by fuzzing: a local time at the very edge of the calendar (-9998-01-01 in a zone east of UTC)
            // has no instant; NodaTime reports it by throwing.
            return Failure($"'{text}' is outside the range of instants that can be stored (years -9998 to 9999 in UTC).");
        }
    }

    private static ParseResult<Instant> ParseInRange(string text, DateTimeZone zone)
    {
        // ISO-8601 letters may be typed in lower case (2025-01-07t08:12z).
        var trimmed = text.Trim().ToUpperInvariant();
        foreach (var pattern in OffsetPatterns)
        {
            var offset = pattern.Parse(trimmed);
            if (offset.Success)
            {
                return ParseResult<Instant>.ForValue(offset.Value.ToInstant());
            }
        }

        foreach (var pattern in LocalPatterns)
        {
            var local = pattern.Parse(trimmed);
            if (local.Success)
            {
                return FromLocal(text, local.Value, zone);
            }
        }

        var date = LocalDatePattern.Iso.Parse(trimmed);
        if (date.Success)
        {
            return ParseResult<Instant>.ForValue(zone.AtStartOfDay(date.Value).ToInstant());
        }

        return Failure($"'{text}' is not a time: use 2025-01-07T08:12:00Z, 2025-01-07T10:12+02:00, a local 2025-01-07T10:12 (read in {zone.Id}) or a date 2025-01-07.");
    }

    /// <summary>
    /// Reads <paramref name="text"/> as the inclusive end of a range ("until"): as <see cref="Parse"/> does, except
    /// that a bare date means through the end of that day, as people read "until the 30th".
    /// </summary>
    /// <param name="text">What the user typed.</param>
    /// <param name="zone">The zone local times and dates are read in, normally the article's.</param>
    /// <returns>
    /// The instant: for a date, the last instant of that day in <paramref name="zone"/> (one nanosecond before the
    /// next day starts); otherwise what <see cref="Parse"/> gives, failures included.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ParseResult<Instant> ParseRangeEnd(string text, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(zone);
        var date = LocalDatePattern.Iso.Parse(text.Trim());
        if (!date.Success)
        {
            return Parse(text, zone);
        }

        return date.Value == LocalDate.MaxIsoValue
            ? ParseResult<Instant>.ForValue(Instant.MaxValue)
            : ParseResult<Instant>.ForValue(zone.AtStartOfDay(date.Value.PlusDays(1)).ToInstant() - Duration.Epsilon);
    }

    private static ParseResult<Instant> FromLocal(string text, LocalDateTime local, DateTimeZone zone)
    {
        var mapping = zone.MapLocal(local);
        return mapping.Count switch
        {
            1 => ParseResult<Instant>.ForValue(mapping.Single().ToInstant()),
            0 => Failure($"'{text}' does not exist in {zone.Id}: the clocks skip over it (a daylight-saving gap). Give an offset to say which instant you mean, such as {OffsetText(local, mapping.EarlyInterval.WallOffset)} (the offset before the change) or {OffsetText(local, mapping.LateInterval.WallOffset)} (after it)."),
            _ => Failure($"'{text}' happens twice in {zone.Id} (a daylight-saving overlap). Give an offset to choose: {Example(mapping.First().ToInstant(), zone)} or {Example(mapping.Last().ToInstant(), zone)}."),
        };
    }

    private static string OffsetText(LocalDateTime local, Offset offset) =>
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>").Format(local.WithOffset(offset));

    private static string Example(Instant instant, DateTimeZone zone) =>
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>").Format(instant.InZone(zone).ToOffsetDateTime());

    private static ParseResult<Instant> Failure(string message) =>
        ParseResult<Instant>.ForException(() => new FormatException(message));
}
