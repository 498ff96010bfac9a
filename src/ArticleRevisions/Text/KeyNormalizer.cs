using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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
    /// <summary>Gets the key of the stretch of <paramref name="text"/> at <paramref name="start"/>.</summary>
    public string Key(string text, int start, int length)
    {
        var rented = ArrayPool<char>.Shared.Rent(Math.Max(16, NormalizePunctuation ? 3 * length : length));
        try
        {
            var buffer = rented;
            var written = Write(text, start, length, ref buffer);
            var key = buffer.AsSpan(0, written);
            return !key.SequenceEqual(text.AsSpan(start, length)) ? new string(key)
                : start == 0 && length == text.Length ? text : text.Substring(start, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Writes the key of the stretch of <paramref name="text"/> at <paramref name="start"/> to the start of
    /// <paramref name="buffer"/> (replaced by a larger array when too small) and gives its length.
    /// </summary>
    /// <remarks>
    /// The key is NFC, then typography (<see cref="Typography"/>), then lower case, then word breaks
    /// (<see cref="IgnoreWhitespace"/>), each as the options ask, done in one pass: no string is made unless the text
    /// has a character outside the NFC fast path's ranges (<see cref="CanonicalNormalizer.IsInert"/>) or case is ignored.
    /// </remarks>
    internal int Write(string text, int start, int length, ref char[] buffer)
    {
        var source = text.AsSpan(start, length);
        var typography = NormalizePunctuation;
        if ((NormalizeUnicode && CanonicalNormalizer.FirstNotInert(source) >= 0) || IgnoreCase)
        {
            var piece = text.Substring(start, length);
            if (NormalizeUnicode)
            {
                piece = ToNfc(piece);
            }

            if (IgnoreCase)
            {
                piece = (typography ? Typography(piece) : piece).ToLowerInvariant();
                typography = false;
            }

            source = piece;
        }

        var most = typography ? 3 * source.Length : source.Length;
        if (buffer.Length < most)
        {
            buffer = new char[Math.Max(most, 2 * buffer.Length)];
        }

        if (!typography && !IgnoreWhitespace)
        {
            source.CopyTo(buffer);
            return source.Length;
        }

        var words = new WordBreakWriter(buffer, IgnoreWhitespace);
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (typography && PlainForm(c) is { } plain)
            {
                for (var k = 0; k < plain.Length; k++)
                {
                    words.Put(plain[k], plain, k);
                }
            }
            else
            {
                words.Put(c, source, i);
            }
        }

        return words.Length;
    }

    /// <summary>Gets whether the key of any text of characters below U+0100 is that text itself (<see cref="IsOwnKey"/> says yes to it).</summary>
    /// <remarks>Only case, typography (the no-break space, the guillemets) and white space change such text; NFC leaves it as it is.</remarks>
    public bool KeepsLatin1 => !IgnoreCase && !NormalizePunctuation && !IgnoreWhitespace;

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

        if (!NormalizePunctuation && !IgnoreWhitespace && !HasCombiningOrAbove(text))
        {
            // The common case: nothing at or above U+0300.
            return true;
        }

        foreach (var c in text)
        {
            if ((c >= '\u0300' && (c < '\u0400' || c >= '\u0530'))
                || (NormalizePunctuation && c is '\u00A0' or '\u00AB' or '\u00BB' or '\u02BC')
                || (IgnoreWhitespace && CharacterClassifier.IsSpaceLike(c)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Tells whether <paramref name="text"/> holds a character from U+0300 up.</summary>
    /// <remarks>
    /// A longer text is read four vectors (32 characters) at a time, each character less U+02FF (saturating at zero)
    /// gathered into one vector and tested once for them all: fewer steps per character than a search that stops at
    /// the first. What is left, and most words, shorter than that, are read a character at a time, which costs them
    /// less than setting up vectors.
    /// </remarks>
    private static bool HasCombiningOrAbove(ReadOnlySpan<char> text)
    {
        nuint i = 0;
        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        var below = Vector128.Create((ushort)0x02FF);
        for (var length = (nuint)text.Length; length - i >= 32; i += 32)
        {
            var above = Vector128.SubtractSaturate(Vector128.LoadUnsafe(ref first, i), below)
                | Vector128.SubtractSaturate(Vector128.LoadUnsafe(ref first, i + 8), below)
                | Vector128.SubtractSaturate(Vector128.LoadUnsafe(ref first, i + 16), below)
                | Vector128.SubtractSaturate(Vector128.LoadUnsafe(ref first, i + 24), below);
            if (above != Vector128<ushort>.Zero)
            {
                return true;
            }
        }

        foreach (var c in text[(int)i..])
        {
            if (c >= '\u0300')
            {
                return true;
            }
        }

        return false;
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
    /// Writes text out as it comes, one character at a time, keeping white space as <see cref="IgnoreWhitespace"/> counts
    /// it when asked to: a run of it between two letters or digits of scripts that put spaces between words becomes one
    /// space (<c>ab</c> and <c>a b</c> are different words); any other run goes (<c>2024.The</c> and <c>2024. The</c>,
    /// or <c>中文a</c> and <c>中文 a</c>, hold the same words and marks).
    /// </summary>
    private ref struct WordBreakWriter(char[] buffer, bool breaksOnly)
    {
        private bool pending;
        private int last = -1;
        private char previous;

        /// <summary>Gets how many characters are written.</summary>
        public int Length { get; private set; }

        /// <summary>Writes <paramref name="c"/>, which is <paramref name="text"/>[<paramref name="index"/>] (its class is read there).</summary>
        public void Put(char c, ReadOnlySpan<char> text, int index)
        {
            if (!breaksOnly)
            {
                buffer[Length++] = c;
                return;
            }

            var before = previous;
            previous = c;
            if (CharacterClassifier.IsSpaceLike(c))
            {
                pending = Length > 0;
                return;
            }

            // A pair's class is read from its high surrogate and the low one after it, which is written next to it.
            if (pending && IsSpacedWord(CharacterClassifier.Classify(buffer.AsSpan(0, Length), last)) && IsSpacedWord(CharacterClassifier.Classify(text, index)))
            {
                buffer[Length++] = ' ';
            }

            pending = false;
            last = char.IsLowSurrogate(c) && char.IsHighSurrogate(before) ? Length - 1 : Length;
            buffer[Length++] = c;
        }
    }

    /// <summary>
    /// Tells whether a character of this class is part of a word of a script that puts spaces between words: white
    /// space between two such characters is a word break under <see cref="IgnoreWhitespace"/>, and counts.
    /// </summary>
    internal static bool IsSpacedWord(CharacterClass kind) => kind is CharacterClass.Letter or CharacterClass.Digit;

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
