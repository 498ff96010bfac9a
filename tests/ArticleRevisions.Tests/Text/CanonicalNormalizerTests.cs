using ArticleRevisions.Text;

namespace ArticleRevisions.Tests.Text;

/// <summary>
/// Our canonical normaliser on cases worked out by hand from UAX #15; <see cref="CanonicalNormalizerOracleTests"/>
/// compares it with ICU over all of Unicode.
/// </summary>
public class CanonicalNormalizerTests
{
    [Theory]
    [InlineData("e\u0301", "\u00E9")]                          // a primary composite
    [InlineData("\u00E9", "\u00E9")]
    [InlineData("a\u0323\u0302", "\u1EAD")]                   // ạ then ̂: composes in two steps
    [InlineData("a\u0302\u0323", "\u1EAD")]                   // the same after canonical ordering
    [InlineData("\u212B", "\u00C5")]                          // Ångström sign: a singleton
    [InlineData("\u0344", "\u0308\u0301")]                    // excluded: a non-starter decomposition
    [InlineData("\u0958", "\u0915\u093C")]                    // excluded: a composition exclusion
    [InlineData("\u1100\u1161", "\uAC00")]                    // Hangul LV by arithmetic
    [InlineData("\u1100\u1161\u11A8", "\uAC01")]              // Hangul LVT
    [InlineData("\uAC00\u11A8", "\uAC01")]                    // LV syllable then a trailing jamo
    [InlineData("\u1100\u0301\u1161", "\u1100\u0301\u1161")]  // a mark between blocks Hangul composition
    [InlineData("a\u0301\u0301", "\u00E1\u0301")]             // the second mark of the same class is blocked
    [InlineData("a\u0334\u0301", "\u00E1\u0334")]             // a mark of a lower class does not block
    [InlineData("\u0301e", "\u0301e")]                        // a mark with no base
    [InlineData("\U0001D15E", "\U0001D157\U0001D165")]        // a supplementary excluded composite
    [InlineData("\U000110AB", "\U000110AB")]                  // a supplementary primary composite
    [InlineData("\U000110A5\U000110BA", "\U000110AB")]
    [InlineData("\u2000", "\u2002")]                          // general punctuation's singletons
    [InlineData("\u0415\u0308", "\u0401")]                    // Cyrillic Е + diaeresis
    public void Composes_to_nfc(string text, string expected)
    {
        Assert.Equal(expected, CanonicalNormalizer.ToNfc(text));
    }

    [Theory]
    [InlineData("\u00E9", "e\u0301")]
    [InlineData("\u1EAD", "a\u0323\u0302")]
    [InlineData("a\u0302\u0323", "a\u0323\u0302")]
    [InlineData("\uAC01", "\u1100\u1161\u11A8")]
    [InlineData("\u0419", "\u0418\u0306")]                    // Й, which the NFC fast path leaves alone
    [InlineData("\u00C0", "A\u0300")]                         // below U+0300, likewise
    [InlineData("\u1FAF", "\u03A9\u0314\u0342\u0345")]        // recursive, four code points from one
    public void Decomposes_to_nfd(string text, string expected)
    {
        Assert.Equal(expected, CanonicalNormalizer.ToNfd(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Plain ASCII text.")]
    [InlineData("Київ — «місто», “quoted” … ’")]
    [InlineData("Kyiv 😀 \uFFFE")]
    [InlineData("\u00E9t\u00E9 \uAC01 中文")]
    public void Returns_text_already_in_nfc_as_the_same_instance(string text)
    {
        Assert.Same(text, CanonicalNormalizer.ToNfc(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Plain text, ¿que?")]
    [InlineData("e\u0301 \u1100\u1161")]
    public void Returns_text_already_in_nfd_as_the_same_instance(string text)
    {
        Assert.Same(text, CanonicalNormalizer.ToNfd(text));
    }

    [Fact]
    public void Returns_a_string_in_nfc_that_the_quick_check_cannot_prove_as_the_same_instance()
    {
        // U+0301 may compose with what precedes it (quick check "maybe"); after a mark of the same class it cannot.
        var text = "\u00E1\u0301";

        Assert.Same(text, CanonicalNormalizer.ToNfc(text));
    }

    [Fact]
    public void Does_not_compose_a_mark_across_a_lone_surrogate()
    {
        var text = "e\uDC00\u0301";

        Assert.Same(text, CanonicalNormalizer.ToNfc(text));
    }

    [Fact]
    public void Normalises_long_text_past_the_first_buffer()
    {
        var text = string.Concat(Enumerable.Repeat("\u1FAF\uAC01", 5000));

        var nfd = CanonicalNormalizer.ToNfd(text);

        Assert.Equal(5000 * 7, nfd.Length);
        Assert.Equal(text, CanonicalNormalizer.ToNfc(nfd));
    }

    [Fact]
    public void The_data_is_unicode_14()
    {
        Assert.Equal(Unicode14Assigned.Version, NormalizationData.UnicodeVersion);
    }
}
