using ArticleRevisions.Text;
using CsCheck;
using NodaTime;
using NodaTime.Text;

namespace ArticleRevisions.Tests.Text;

public class TimeFormatTests
{
    [Fact]
    public void Shows_a_time_in_a_zone_with_its_offset()
    {
        Assert.Equal("2025-01-07 10:12:00 +02:00", TimeFormat.InZone(TestData.Morning, TestData.Kyiv));
        Assert.Equal("2025-01-07 08:12:00 +00:00", TimeFormat.InZone(TestData.Morning, DateTimeZone.Utc));
    }

    [Fact]
    public void Shows_UTC_as_ISO_8601_keeping_fractions()
    {
        Assert.Equal("2025-01-07T08:12:00Z", TimeFormat.Utc(TestData.Morning));
        Assert.Equal("2025-01-07T08:12:00.5Z", TimeFormat.Utc(TestData.Morning + Duration.FromMilliseconds(500)));
    }

    [Fact]
    public void Shows_a_time_in_any_zone_including_fixed_offsets_and_zones_with_daylight_saving()
    {
        var summer = Instant.FromUtc(2025, 7, 7, 8, 12);

        Assert.Equal("2025-07-07 11:12:00 +03:00", TimeFormat.InZone(summer, TestData.Kyiv));
        Assert.Equal("2025-07-07 13:42:00 +05:30", TimeFormat.InZone(summer, DateTimeZone.ForOffset(Offset.FromHoursAndMinutes(5, 30))));
        Assert.Equal("2025-07-07 04:12:00 -04:00", TimeFormat.InZone(summer, DateTimeZoneProviders.Tzdb["America/New_York"]));
    }

    [Fact]
    public void The_span_writers_write_exactly_what_the_patterns_make_for_any_instant_and_zone()
    {
        // Kyiv before 1924 has a local mean time with seconds in its offset, St John's a half-hour offset, and the
        // instants reach years below 1000 and fractions of every length: the hand-written path or the fallback.
        DateTimeZone[] zones =
        [
            DateTimeZone.Utc, TestData.Kyiv, DateTimeZoneProviders.Tzdb["America/St_Johns"], DateTimeZoneProviders.Tzdb["Asia/Kolkata"],
            DateTimeZoneProviders.Tzdb["Pacific/Chatham"], DateTimeZone.ForOffset(Offset.FromSeconds(-(3600 + 61))),
        ];
        var instants = Gen.OneOf(
            Gen.Long[-2_000_000_000_000L, 8_000_000_000_000L].Select(ms => Instant.FromUnixTimeMilliseconds(ms)),
            Gen.Long[0, 2_000_000_000L].Select(Gen.Int[0, 999_999_999], (s, ns) => Instant.FromUnixTimeSeconds(s) + Duration.FromNanoseconds(ns)),
            Gen.Long[-300_000_000_000L, 253_402_300_799L].Select(s => Instant.FromUnixTimeSeconds(s)));
        Gen.Select(instants, Gen.Int[0, zones.Length - 1]).Sample((instant, z) =>
        {
            // One buffer a sample: CsCheck samples on several threads at once.
            var buffer = new char[TimeFormat.MaxLength];
            var zone = zones[z];
            return buffer.AsSpan(0, TimeFormat.InZone(instant, zone, buffer)).SequenceEqual(TimeFormat.InZone(instant, zone))
                && buffer.AsSpan(0, TimeFormat.Utc(instant, buffer)).SequenceEqual(TimeFormat.Utc(instant))
                && buffer.AsSpan(0, TimeFormat.Rfc3339(instant, zone, buffer)).SequenceEqual(OffsetDateTimePattern.Rfc3339.Format(instant.InZone(zone).ToOffsetDateTime()));
        }, iter: 20_000);
    }

    [Fact]
    public void The_span_writers_handle_the_ends_of_time()
    {
        var buffer = new char[TimeFormat.MaxLength];

        foreach (var instant in new[] { Instant.MinValue, Instant.MaxValue, Instant.FromUtc(1, 1, 1, 0, 0), Instant.FromUtc(9999, 12, 31, 23, 59, 59) })
        {
            Assert.Equal(TimeFormat.Utc(instant), new string(buffer, 0, TimeFormat.Utc(instant, buffer)));
            Assert.Equal(TimeFormat.InZone(instant, DateTimeZone.Utc), new string(buffer, 0, TimeFormat.InZone(instant, DateTimeZone.Utc, buffer)));
        }

        // A zone ahead of UTC shows the first instants of year 1 in year 1, and a zone behind it the last of 9999 in 9999.
        Assert.Equal(TimeFormat.InZone(Instant.FromUtc(1, 1, 1, 0, 0), TestData.Kyiv), new string(buffer, 0, TimeFormat.InZone(Instant.FromUtc(1, 1, 1, 0, 0), TestData.Kyiv, buffer)));
        var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
        Assert.Equal(TimeFormat.InZone(Instant.FromUtc(9999, 12, 31, 23, 59, 59), newYork), new string(buffer, 0, TimeFormat.InZone(Instant.FromUtc(9999, 12, 31, 23, 59, 59), newYork, buffer)));
    }
}
