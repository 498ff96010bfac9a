using ArticleRevisions.Text;
using NodaTime;

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
}
