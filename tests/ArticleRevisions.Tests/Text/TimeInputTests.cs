using ArticleRevisions.Text;
using NodaTime;

namespace ArticleRevisions.Tests.Text;

public class TimeInputTests
{
    [Theory]
    [InlineData("2025-01-07T08:12:00Z", "2025-01-07T08:12:00Z")]
    [InlineData("2025-01-07T08:12Z", "2025-01-07T08:12:00Z")]
    [InlineData("2025-01-07T10:12:00+02:00", "2025-01-07T08:12:00Z")]
    [InlineData("2025-01-07T10:12+02:00", "2025-01-07T08:12:00Z")]
    [InlineData("2025-01-07T10:12:30.25+02", "2025-01-07T08:12:30.25Z")]
    [InlineData("2025-01-07 10:12:00-05:00", "2025-01-07T15:12:00Z")]
    [InlineData("  2025-01-07T08:12:00Z ", "2025-01-07T08:12:00Z")]
    [InlineData("2025-01-07 10:12:00 +02:00", "2025-01-07T08:12:00Z")]
    [InlineData("2025-01-07 10:12 +02", "2025-01-07T08:12:00Z")]
    [InlineData("2025-01-07T10:12+0200", "2025-01-07T08:12:00Z")]
    [InlineData("2025-01-07t08:12z", "2025-01-07T08:12:00Z")]
    public void Reads_instants_with_Z_or_an_offset_whatever_the_zone(string text, string expected)
    {
        var result = TimeInput.Parse(text, DateTimeZoneProviders.Tzdb["America/New_York"]);

        Assert.Equal(expected, TimeFormat.Utc(result.Value));
    }

    [Theory]
    [InlineData("2025-01-07T10:12", "2025-01-07T08:12:00Z")]
    [InlineData("2025-01-07T10:12:00", "2025-01-07T08:12:00Z")]
    [InlineData("2025-01-07 10:12", "2025-01-07T08:12:00Z")]
    [InlineData("2025-07-07T10:12", "2025-07-07T07:12:00Z")]
    public void Reads_local_times_in_the_zone(string text, string expected)
    {
        var result = TimeInput.Parse(text, TestData.Kyiv);

        Assert.Equal(expected, TimeFormat.Utc(result.Value));
    }

    [Fact]
    public void Reads_a_bare_date_as_the_start_of_that_day_in_the_zone()
    {
        var result = TimeInput.Parse("2025-01-07", TestData.Kyiv);

        Assert.Equal(Instant.FromUtc(2025, 1, 6, 22, 0), result.Value);
    }

    [Theory]
    [InlineData("2025-01-07", "2025-01-07T21:59:59.999999999Z")]
    [InlineData("2025-03-30", "2025-03-30T20:59:59.999999999Z")]
    [InlineData("2025-01-07T10:12", "2025-01-07T08:12:00Z")]
    public void Reads_a_bare_date_as_the_end_of_a_range_through_the_end_of_that_day(string text, string expected)
    {
        var result = TimeInput.ParseRangeEnd(text, TestData.Kyiv);

        Assert.Equal(expected, TimeFormat.Utc(result.Value));
    }

    [Fact]
    public void Reading_the_end_of_a_range_refuses_what_Parse_refuses()
    {
        var result = TimeInput.ParseRangeEnd("tomorrow", TestData.Kyiv);

        Assert.False(result.Success);
    }

    [Fact]
    public void Refuses_a_local_time_in_a_DST_gap_and_says_so()
    {
        var result = TimeInput.Parse("2025-03-30T03:30", TestData.Kyiv);

        Assert.False(result.Success);
        Assert.Contains("does not exist in Europe/Kyiv", result.Exception.Message);
        Assert.Contains("daylight-saving gap", result.Exception.Message);
        Assert.Contains("2025-03-30T03:30+02 (the offset before the change) or 2025-03-30T03:30+03 (after it)", result.Exception.Message);
    }

    [Fact]
    public void Refuses_a_local_time_in_a_DST_overlap_and_offers_both_readings()
    {
        var result = TimeInput.Parse("2025-10-26T03:30", TestData.Kyiv);

        Assert.False(result.Success);
        Assert.Contains("happens twice in Europe/Kyiv", result.Exception.Message);
        Assert.Contains("2025-10-26T03:30+03", result.Exception.Message);
        Assert.Contains("2025-10-26T03:30+02", result.Exception.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2025-13-01")]
    [InlineData("2025-01-07T25:00")]
    [InlineData("07/01/2025")]
    public void Refuses_text_that_is_not_a_time(string text)
    {
        var result = TimeInput.Parse(text, TestData.Kyiv);

        Assert.False(result.Success);
        Assert.IsType<FormatException>(result.Exception);
        Assert.Contains($"'{text}' is not a time", result.Exception.Message);
    }

    [Theory]
    [InlineData("-9998-01-01", "Europe/Kyiv")]
    [InlineData("9999-12-31T23:59:59.9999", "America/St_Johns")]
    [InlineData("9999-12-31T23:59-01:00", "UTC")]
    public void A_time_beyond_the_range_of_instants_is_a_failed_parse_not_an_exception(string text, string zone)
    {
        var result = TimeInput.Parse(text, DateTimeZoneProviders.Tzdb[zone]);

        Assert.False(result.Success);
        Assert.Contains("outside the range", result.Exception.Message, StringComparison.Ordinal);
    }
}
