using System.Globalization;
using System.Runtime.CompilerServices;

namespace ArticleRevisions.Text;

/// <summary>
/// Measures text elements (extended grapheme clusters, as <see cref="StringInfo"/> defines them), the smallest
/// pieces any segment may hold, so that no segment ever splits a surrogate pair, a CR LF or a base character
/// from its combining marks.
/// </summary>
internal static class TextElements
{
    /// <summary>Returns the length of the text element that starts at <paramref name="index"/>, looking no further than <paramref name="end"/>.</summary>
    /// <remarks><paramref name="index"/> must be the start of a text element and less than <paramref name="end"/>.</remarks>
    /// <remarks>
    /// The scanners call this once per character, so the common case (two characters below U+0300 in a row) is
    /// answered inline and everything else in <see cref="LengthAtSlow"/>.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int LengthAt(string text, int index, int end)
    {
        var next = index + 1;
        if (next >= end)
        {
            return 1;
        }

        var current = text[index];
        var following = text[next];
        if ((current | following) < '\u0300')
        {
            return current == '\r' && following == '\n' ? 2 : 1;
        }

        return LengthAtSlow(text, index, end, current, following);
    }

    // Kept out of line so that the scanners' loops, which inline LengthAt, keep their state in registers.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int LengthAtSlow(string text, int index, int end, char current, char following)
    {
        if (NeverJoins(current) && NeverJoins(following))
        {
            return current == '\r' && following == '\n' ? 2 : 1;
        }

        return StringInfo.GetNextTextElementLength(text.AsSpan(index, end - index));
    }

    // Most characters of Latin and Cyrillic text, and the common punctuation, can neither extend the character
    // before them nor be extended by (or prefixed to) the one after, so two of them in a row always form two text
    // elements; only CR LF is an exception. Checking that is far cheaper than asking StringInfo, and covers the
    // text this library mostly reads. Everything else (marks, ZWJ, surrogates, Hangul, Indic scripts) goes the
    // slow, exact way.
    private static bool NeverJoins(char c) =>
        c < '\u0300'
        || (c >= '\u0400' && c <= '\u0482')
        || (c >= '\u2010' && c <= '\u2027')
        || (c >= '\u2030' && c <= '\u205E');
}
