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
}
