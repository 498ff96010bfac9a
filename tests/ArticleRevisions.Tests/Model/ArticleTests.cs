using ArticleRevisions.Model;
using NodaTime;

namespace ArticleRevisions.Tests.Model;

public class ArticleTests
{
    [Fact]
    public void Keeps_every_value_given()
    {
        var source = new Uri("https://t.me/GeneralStaffZSU/21034");

        var article = new Article("general-staff-kursk", "Statement", TestData.Kyiv, "uk-UA", source);

        Assert.Equal("general-staff-kursk", article.Id);
        Assert.Equal("Statement", article.Title);
        Assert.Equal("Europe/Kyiv", article.Zone.Id);
        Assert.Equal("uk-UA", article.Language);
        Assert.Equal(source, article.Source);
    }

    [Fact]
    public void Language_defaults_to_undetermined()
    {
        var article = new Article("a", "Title", DateTimeZone.Utc);

        Assert.Equal("und", article.Language);
        Assert.Null(article.Source);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Kursk")]
    [InlineData("two words")]
    [InlineData("-leading")]
    [InlineData("trailing-")]
    [InlineData("double--dash")]
    [InlineData("київ")]
    public void Rejects_an_id_that_is_not_a_slug(string id)
    {
        var e = Assert.Throws<ArgumentException>(() => new Article(id, "Title", DateTimeZone.Utc));

        Assert.Equal("id", e.ParamName);
        Assert.Contains($"'{id}'", e.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Rejects_a_blank_title(string title)
    {
        var e = Assert.Throws<ArgumentException>(() => new Article("a", title, DateTimeZone.Utc));

        Assert.Equal("title", e.ParamName);
    }

    [Theory]
    [InlineData("e")]
    [InlineData("123")]
    [InlineData("en_GB")]
    [InlineData("en-")]
    public void Rejects_a_language_that_is_not_a_tag(string language)
    {
        var e = Assert.Throws<ArgumentException>(() => new Article("a", "Title", DateTimeZone.Utc, language));

        Assert.Equal("language", e.ParamName);
    }

    [Fact]
    public void Rejects_a_relative_source()
    {
        var e = Assert.Throws<ArgumentException>(() => new Article("a", "Title", DateTimeZone.Utc, "en", new Uri("relative/path", UriKind.Relative)));

        Assert.Equal("source", e.ParamName);
    }

    [Fact]
    public void Rejects_nulls()
    {
        Assert.Throws<ArgumentNullException>(() => new Article(null!, "Title", DateTimeZone.Utc));
        Assert.Throws<ArgumentNullException>(() => new Article("a", null!, DateTimeZone.Utc));
        Assert.Throws<ArgumentNullException>(() => new Article("a", "Title", null!));
    }

    [Fact]
    public void Equal_values_make_equal_articles()
    {
        Assert.Equal(TestData.Article(), TestData.Article());
        Assert.NotEqual(TestData.Article("a"), TestData.Article("b"));
    }
}
