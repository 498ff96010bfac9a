using ArticleRevisions.Model;

namespace ArticleRevisions.Tests.Model;

public class RevisionAttributesTests
{
    [Fact]
    public void Keeps_entries_in_ordinal_key_order_whatever_order_they_were_given_in()
    {
        var attributes = RevisionAttributes.Create([new("mediawiki.revid", "42"), new("git.commit", "abc"), new("capture.etag", "\"x\"")]);

        Assert.Equal(["capture.etag", "git.commit", "mediawiki.revid"], attributes.Keys);
        Assert.Equal("42", attributes["mediawiki.revid"]);
    }

    [Fact]
    public void Compares_by_value()
    {
        var one = RevisionAttributes.Empty.With("a.b", "1").With("c", "2");
        var other = RevisionAttributes.Create([new("c", "2"), new("a.b", "1")]);

        Assert.Equal(one, other);
        Assert.Equal(one.GetHashCode(), other.GetHashCode());
        Assert.NotEqual(one, other.With("c", "3"));
        Assert.NotEqual(one, other.Without("c"));
    }

    [Theory]
    [InlineData("Upper")]
    [InlineData("two..dots")]
    [InlineData(".leading")]
    [InlineData("trailing-")]
    [InlineData("space key")]
    [InlineData("")]
    public void Refuses_keys_that_are_not_dotted_lowercase_names(string key)
    {
        var e = Assert.Throws<ArgumentException>(() => RevisionAttributes.Empty.With(key, "v"));

        Assert.Contains($"'{key}'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_key_given_twice()
    {
        Assert.Throws<ArgumentException>(() => RevisionAttributes.Create([new("a", "1"), new("a", "2")]));
    }

    [Fact]
    public void Suppressed_fields_round_trip_through_their_attribute()
    {
        var attributes = RevisionAttributes.Empty.WithSuppressed(SuppressedFields.Text | SuppressedFields.Note);

        Assert.Equal("text,note", attributes[RevisionAttributes.SuppressedKey]);
        Assert.Equal(SuppressedFields.Text | SuppressedFields.Note, attributes.Suppressed);
        Assert.True(attributes.WithSuppressed(SuppressedFields.None).IsEmpty);
    }
}
