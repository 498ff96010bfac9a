using System.Text;

namespace ArticleRevisions.Text;

/// <summary>
/// Turns a piece of text into the key it is matched by: the text with the differences that should count as equal
/// taken out. Keys are only compared, never shown, and never stored.
/// </summary>
/// <param name="NormalizeUnicode">Canonically equivalent sequences (NFC) give the same key.</param>
/// <param name="NormalizePunctuation">Typographic variants (quotes, dashes, the ellipsis, non-breaking spaces) give the same key.</param>
/// <param name="IgnoreCase">Letters that differ only in case give the same key.</param>
/// <param name="IgnoreWhitespace">
/// White space counts only as a break between two words that would otherwise run together: runs of it count as one
/// space there, and as none elsewhere (at the ends, or beside a mark or a letter of a script written without spaces).
/// </param>
internal readonly record struct KeyNormalizer(bool NormalizeUnicode, bool NormalizePunctuation, bool IgnoreCase, bool IgnoreWhitespace)
{
    public string Key(string text, int start, int length)
    {
        var key = text.Substring(start, length);
        if (NormalizeUnicode)
        {
            key = ToNfc(key);
        }

        if (NormalizePunctuation)
        {
            key = Typography(key);
        }

        if (IgnoreCase)
        {
            key = key.ToLowerInvariant();
        }

        if (IgnoreWhitespace)
        {
            key = WordBreaks(key);
        }

        return key;
    }

    /// <summary>Tells whether the key of <paramref name="text"/> is <paramref name="text"/> itself, so it can be matched without building one.</summary>
    /// <remarks>
    /// True for text of Latin letters below U+0300 and Cyrillic letters, digits and ASCII marks, unless case is ignored,
    /// or it holds typography or white space the options would change. Such characters are in NFC each alone and never
    /// compose with each other, so the answer is exact where it says yes; it says no for everything else.
    /// </remarks>
    public bool IsOwnKey(ReadOnlySpan<char> text)
    {
        if (IgnoreCase)
        {
            return false;
        }

        if (!NormalizePunctuation && !IgnoreWhitespace && !text.ContainsAnyExceptInRange('\0', '\u02FF'))
        {
            // The common case, checked many characters at a time: nothing at or above U+0300.
            return true;
        }

        foreach (var c in text)
        {
            if ((c >= '\u0300' && (c < '\u0400' || c >= '\u0530'))
                || (NormalizePunctuation && c is '\u00A0' or '\u00AB' or '\u00BB')
                || (IgnoreWhitespace && CharacterClassifier.IsSpaceLike(c)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Tells whether two stretches of text have the same key.</summary>
    public bool Equal(string a, int aStart, int aLength, string b, int bStart, int bLength)
    {
        var x = a.AsSpan(aStart, aLength);
        var y = b.AsSpan(bStart, bLength);
        return IsOwnKey(x) && IsOwnKey(y) ? x.SequenceEqual(y) : Key(a, aStart, aLength) == Key(b, bStart, bLength);
    }

    /// <summary>Gets the NFC form of <paramref name="text"/> (the same instance when it is already in NFC).</summary>
    /// <remarks>Our own normaliser (<see cref="CanonicalNormalizer"/>): the same on every machine, with or without ICU.</remarks>
    internal static string ToNfc(string text) => CanonicalNormalizer.ToNfc(text);

    /// <summary>Maps typographic variants to one plain form each.</summary>
    internal static string Typography(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var plain = PlainForm(text[i]);
            if (plain is null)
            {
                builder?.Append(text[i]);
                continue;
            }

            builder ??= new StringBuilder(text.Length + 8).Append(text, 0, i);
            builder.Append(plain);
        }

        return builder?.ToString() ?? text;
    }

    internal static string? PlainForm(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' => "'",
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' or '\u2039' or '\u203A' => "\"",
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => "-",
        '\u2026' => "...",
        '\u00A0' or '\u2007' or '\u202F' => " ",
        _ => null,
    };

    /// <summary>
    /// White space as <see cref="IgnoreWhitespace"/> counts it: a run of it between two letters or digits of scripts
    /// that put spaces between words becomes one space (<c>ab</c> and <c>a b</c> are different words); any other
    /// run goes (<c>2024.The</c> and <c>2024. The</c>, or <c>中文a</c> and <c>中文 a</c>, hold the same words and marks).
    /// </summary>
    internal static string WordBreaks(string text)
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

            if (pending && IsSpacedWordCharacter(text, last) && IsSpacedWordCharacter(text, i))
            {
                builder.Append(' ');
            }

            pending = false;
            last = char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]) ? i - 1 : i;
            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool IsSpacedWordCharacter(string text, int index) =>
        CharacterClassifier.Classify(text, index, text.Length) is CharacterClass.Letter or CharacterClass.Digit;

    /// <summary>Runs of white space become one space; white space at the ends goes.</summary>
    internal static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
