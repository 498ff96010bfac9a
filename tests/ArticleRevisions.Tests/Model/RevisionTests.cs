using ArticleRevisions.Model;
using NodaTime;

namespace ArticleRevisions.Tests.Model;

public class RevisionTests
{
    private static readonly string SomeHash = new('a', 64);

    [Fact]
    public void Keeps_text_exactly_as_given()
    {
        const string text = "\uFEFFLine one\r\nLine two\r\n\tindented “quoted” — no final newline";

        var revision = new Revision(1, TestData.Morning, text, SomeHash);

        Assert.Equal(text, revision.Text);
    }

    [Fact]
    public void Rejects_number_below_one()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Revision(0, TestData.Morning, "x", SomeHash));

        Assert.Equal("number", e.ParamName);
        Assert.Equal(0, e.ActualValue);
    }

    [Fact]
    public void Rejects_null_text_and_hash()
    {
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => new Revision(1, TestData.Morning, null!, SomeHash)).ParamName);
        Assert.Equal("hash", Assert.Throws<ArgumentNullException>(() => new Revision(1, TestData.Morning, "x", null!)).ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789")]
    [InlineData("abc")]
    [InlineData("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")]
    public void Rejects_a_malformed_hash(string hash)
    {
        var e = Assert.Throws<ArgumentException>(() => new Revision(1, TestData.Morning, "x", hash));

        Assert.Equal("hash", e.ParamName);
    }

    [Fact]
    public void Rejects_observed_before_it_became_current()
    {
        var observed = TestData.Morning - Duration.FromMinutes(1);

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Revision(1, TestData.Morning, "x", SomeHash, observedAt: observed));

        Assert.Equal("observedAt", e.ParamName);
        Assert.Equal(observed, e.ActualValue);
    }

    [Fact]
    public void Rejects_text_with_an_unpaired_surrogate()
    {
        var e = Assert.Throws<ArgumentException>(() => new Revision(1, TestData.Morning, "ok \uD800 bad", SomeHash));

        Assert.Contains("U+D800", e.Message);
    }

    [Fact]
    public void Rejects_metadata_with_an_unpaired_surrogate()
    {
        Assert.Equal("note", Assert.Throws<ArgumentException>(() => new Revision(1, TestData.Morning, "x", SomeHash, note: "bad \uDC00")).ParamName);
        Assert.Equal("editor", Assert.Throws<ArgumentException>(() => new Revision(1, TestData.Morning, "x", SomeHash, editor: "\uD800")).ParamName);
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("relative/page")]
    public void Rejects_a_source_without_a_scheme(string source)
    {
        Assert.False(Article.TryParseSource(source, out _));
        Assert.True(Article.TryParseSource("https://t.me/GeneralStaffZSU/21034", out var uri));
        Assert.Equal("https", uri.Scheme);
    }

    [Fact]
    public void Accepts_text_with_paired_surrogates()
    {
        var revision = new Revision(1, TestData.Morning, "flag 🇺🇦", SomeHash);

        Assert.Equal("flag 🇺🇦", revision.Text);
    }

    [Fact]
    public void Hash_changes_when_any_field_changes()
    {
        var baseline = new Revision(2, TestData.Morning, "text", SomeHash, TestData.Morning, "title", "editor", "note", new Uri("https://example.org/a"));
        var variants = new[]
        {
            new Revision(3, TestData.Morning, "text", SomeHash, TestData.Morning, "title", "editor", "note", new Uri("https://example.org/a")),
            new Revision(2, TestData.Morning + Duration.FromSeconds(1), "text", SomeHash, TestData.Morning + Duration.FromSeconds(1), "title", "editor", "note", new Uri("https://example.org/a")),
            new Revision(2, TestData.Morning, "text", SomeHash, null, "title", "editor", "note", new Uri("https://example.org/a")),
            new Revision(2, TestData.Morning, "text!", SomeHash, TestData.Morning, "title", "editor", "note", new Uri("https://example.org/a")),
            new Revision(2, TestData.Morning, "text", SomeHash, TestData.Morning, null, "editor", "note", new Uri("https://example.org/a")),
            new Revision(2, TestData.Morning, "text", SomeHash, TestData.Morning, "title", "", "note", new Uri("https://example.org/a")),
            new Revision(2, TestData.Morning, "text", SomeHash, TestData.Morning, "title", "editor", "note.", new Uri("https://example.org/a")),
            new Revision(2, TestData.Morning, "text", SomeHash, TestData.Morning, "title", "editor", "note", new Uri("https://example.org/b")),
        };

        var hashes = variants.Select(v => v.ComputeHash(SomeHash)).Append(baseline.ComputeHash(SomeHash)).Append(baseline.ComputeHash(null));

        Assert.Equal(variants.Length + 2, hashes.Distinct().Count());
    }

    [Fact]
    public void Moving_a_character_between_fields_changes_the_hash()
    {
        var a = new Revision(1, TestData.Morning, "b", SomeHash, editor: "a");
        var b = new Revision(1, TestData.Morning, "ab", SomeHash, editor: "");

        Assert.NotEqual(a.ComputeHash(null), b.ComputeHash(null));
    }
}
