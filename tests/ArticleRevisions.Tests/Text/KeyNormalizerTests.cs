using ArticleRevisions.Diffing;
using ArticleRevisions.Text;

namespace ArticleRevisions.Tests.Text;

/// <summary>
/// The keys text is matched by. ICU's NFC normaliser, used here before our own, throws on U+FFFE (a valid scalar
/// value) and on lone surrogates; property seed 3tT1pgWDRDQ1 of the engine tests met U+FFFE and made every comparison
/// of it throw. These cases stay to hold the keys to what they were then.
/// </summary>
public class KeyNormalizerTests
{
    [Theory]
    [InlineData("a\uFFFEb")]
    [InlineData("e\u0301\uFFFE")]
    [InlineData("\uFFFEe\u0301")]
    [InlineData("x\uD800y")]
    [InlineData("\uDC00e\u0301")]
    [InlineData("e\u0301\uD83D")]
    public void Normalises_around_characters_the_platform_refuses_and_keeps_them(string text)
    {
        var key = new KeyNormalizer(NormalizeUnicode: true, NormalizePunctuation: false, IgnoreCase: false, IgnoreWhitespace: false).Key(text, 0, text.Length);

        var expected = text.Replace("e\u0301", "\u00E9", StringComparison.Ordinal);
        Assert.Equal(expected, key);
    }

    [Fact]
    public void Keeps_text_already_in_nfc_as_the_same_instance_even_with_a_surrogate_pair()
    {
        var text = "Kyiv 😀 \uFFFE";

        Assert.Same(text, KeyNormalizer.ToNfc(text));
    }

    [Fact]
    public void A_comparison_of_texts_holding_U_FFFE_does_not_throw()
    {
        // The shrunk counterexample of seed 3tT1pgWDRDQ1: a noncharacter among ordinary words, at every granularity.
        const string Before = "word\uFFFE one.\n";
        const string After = "word\uFFFE two.\n";

        foreach (var granularity in Enum.GetValues<DiffGranularity>())
        {
            var result = TextDiffer.Compare(Before, After, new DiffOptions { Granularity = granularity, NormalizePunctuation = true });

            Assert.Equal(Before, result.RebuildOld());
            Assert.Equal(After, result.RebuildNew());
            Assert.True(result.HasDifferences);
        }
    }

    [Fact]
    public void Composes_across_nothing_it_should_not()
    {
        // A combining mark after U+FFFE has no base to join: it stays as it is, as NFC leaves a lone mark.
        var text = "e\uFFFE\u0301";

        Assert.Equal(text, KeyNormalizer.ToNfc(text));
    }

    [Theory]
    [InlineData("It ended in 2024.The next", "It ended in 2024. The next", true)]
    [InlineData("one two\nthree", "one  two three", true)]
    [InlineData("中文 a", "中文a", true)]
    [InlineData("  word  ", "word", true)]
    [InlineData("a b", "ab", false)]
    [InlineData("Kyiv 2025", "Kyiv2025", false)]
    public void Ignoring_white_space_keeps_only_the_breaks_between_two_words(string a, string b, bool same)
    {
        var keys = new KeyNormalizer(NormalizeUnicode: false, NormalizePunctuation: false, IgnoreCase: false, IgnoreWhitespace: true);

        var equal = keys.Equal(a, 0, a.Length, b, 0, b.Length);

        Assert.Equal(same, equal);
    }
}
