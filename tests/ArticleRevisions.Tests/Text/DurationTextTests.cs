using ArticleRevisions.Text;
using NodaTime;

namespace ArticleRevisions.Tests.Text;

public class DurationTextTests
{
    [Theory]
    [InlineData(0, "0 s")]
    [InlineData(45, "45 s")]
    [InlineData(60, "1 min")]
    [InlineData(3 * 3600 + 12 * 60 + 5, "3 h 12 min")]
    [InlineData(2 * 86400 + 4 * 3600, "2 d 4 h")]
    [InlineData(2 * 86400 + 5 * 60, "2 d")]
    [InlineData(-90, "-1 min 30 s")]
    public void Writes_at_most_two_units(long seconds, string expected)
    {
        Assert.Equal(expected, DurationText.Format(Duration.FromSeconds(seconds)));
    }
}
