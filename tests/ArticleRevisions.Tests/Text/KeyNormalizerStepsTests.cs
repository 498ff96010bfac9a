using System.Text;
using ArticleRevisions.Diffing;
using ArticleRevisions.Text;
using CsCheck;

namespace ArticleRevisions.Tests.Text;

/// <summary>
/// The key is built in one pass; these hold it to its definition taken step by step on strings (NFC, typography,
/// lower case, word breaks), for every set of options, on text made of the characters each step treats specially.
/// </summary>
public class KeyNormalizerStepsTests
{
    // Letters, digits, spaces of every kind, typography, marks that compose, pairs and lone surrogates, unspaced
    // scripts, general punctuation (the NFC fast path's last range), letters whose lower case is a pair.
    private static readonly string[] Pieces =
    [
        "a", "Z", "7", " ", "  ", "\t", "\n", "\u00A0", "\u2007", "\u202F", "\u200B", "\uFEFF", "\u2003", "\u2000",
        "\u2019", "\u201C", "\u00AB", "\u2014", "\u2026", "\u2212", "\u02BC", "\u2032", "-", ".", "'", "\"",
        "e\u0301", "\u00E9", "\u0301", "A\u030A", "\u212B", "\u0958", "\u1100\u1161", "\uAC00\u11A8",
        "\U0001D400", "\U0001F600", "\U00010400", "\uD800", "\uDC00", "中", "文", "ж", "Ж", "\u0483", "\u2060", "\u206F",
        "\u2070", "\u0130", "\u03A3", "\u0662",
    ];

    private static readonly Gen<string> AText = Gen.Int[0, Pieces.Length - 1].Array[0, 14].Select(p => string.Concat(p.Select(k => Pieces[k])));

    [Fact]
    public void Every_key_is_its_definition_taken_step_by_step()
    {
        Gen.Select(AText, Gen.Int[0, 15], Gen.Int[0, 1000], Gen.Int[0, 1000]).Sample((text, flags, a, b) =>
        {
            var keys = new KeyNormalizer((flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, (flags & 8) != 0);
            var start = text.Length == 0 ? 0 : a % (text.Length + 1);
            var length = (text.Length - start) == 0 ? 0 : b % (text.Length - start + 1);

            Assert.Equal(Stepwise(keys, text.Substring(start, length)), keys.Key(text, start, length));
        }, iter: 20000);
    }

    [Fact]
    public void Two_stretches_get_one_code_exactly_when_their_keys_are_equal()
    {
        Gen.Select(AText.Array[2, 8], Gen.Int[0, 15]).Sample((texts, flags) =>
        {
            var keys = new KeyNormalizer((flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, (flags & 8) != 0);
            var codes = new KeyCodes();
            var given = texts.Select(t => codes.Code(t, 0, t.Length, keys)).ToArray();
            for (var i = 0; i < texts.Length; i++)
            {
                Assert.Equal(Stepwise(keys, texts[i]), codes.Names[given[i]]);
                for (var j = 0; j < texts.Length; j++)
                {
                    Assert.Equal(Stepwise(keys, texts[i]) == Stepwise(keys, texts[j]), given[i] == given[j]);
                }
            }
        }, iter: 5000);
    }

    [Fact]
    public void A_key_the_text_already_is_comes_back_as_the_text_itself()
    {
        const string Text = "The \u201Cbridge\u201D \u2014 built 1907.";
        var keys = new KeyNormalizer(NormalizeUnicode: true, NormalizePunctuation: false, IgnoreCase: false, IgnoreWhitespace: false);

        Assert.Same(Text, keys.Key(Text, 0, Text.Length));
    }

    private static string Stepwise(KeyNormalizer keys, string text)
    {
        var key = keys.NormalizeUnicode ? KeyNormalizer.ToNfc(text) : text;
        key = keys.NormalizePunctuation ? KeyNormalizer.Typography(key) : key;
        key = keys.IgnoreCase ? key.ToLowerInvariant() : key;
        return keys.IgnoreWhitespace ? WordBreaks(key) : key;
    }

    // White space as IgnoreWhitespace counts it, written over the whole string: a run between two letters or digits
    // of spaced scripts is one space; any other run goes.
    private static string WordBreaks(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pending = false;
        var last = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (CharacterClassifier.IsSpaceLike(c))
            {
                pending = builder.Length > 0;
                continue;
            }

            if (pending && IsSpacedWord(text, last) && IsSpacedWord(text, i))
            {
                builder.Append(' ');
            }

            pending = false;
            last = char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]) ? i - 1 : i;
            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool IsSpacedWord(string text, int index) =>
        CharacterClassifier.Classify(text, index, text.Length) is CharacterClass.Letter or CharacterClass.Digit;
}
