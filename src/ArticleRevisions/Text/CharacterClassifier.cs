using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace ArticleRevisions.Text;

/// <summary>The character tests shared by the paragraph, sentence and word splitters.</summary>
internal static class CharacterClassifier
{
    private static readonly CharacterClass[] AsciiClasses = BuildAsciiClasses();

    /// <summary>Tells whether <paramref name="c"/> ends a line: LF, CR, VT, FF, NEL, U+2028 or U+2029.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLineBreak(char c) =>
        c is '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>Tells whether <paramref name="c"/> is white space, counting the zero-width space and the byte-order mark as such.</summary>
    /// <remarks>
    /// A BOM at the start of a file, or a zero-width space used to mark a word break, says nothing about the words
    /// around it, so it is kept with the white space rather than glued to a word or paragraph.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpaceLike(char c) => c < 128 ? AsciiClasses[c] == CharacterClass.Space : char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF';

    /// <summary>Tells whether <paramref name="c"/>, which is below U+0080, is white space (<see cref="IsSpaceLike"/>).</summary>
    /// <remarks>For loops that must call nothing: <see cref="IsSpaceLike"/> holds a call for the characters above.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiSpace(char c) => AsciiClasses[c] == CharacterClass.Space;

    /// <summary>Classifies the text element starting at <paramref name="index"/> by its first code point.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CharacterClass Classify(string text, int index, int end)
    {
        var c = text[index];
        return c < 128 ? AsciiClasses[c] : ClassifyOther(text, index, end, c);
    }

    /// <summary>Classifies the text element starting at <paramref name="index"/> of <paramref name="text"/>, which ends where the span does.</summary>
    public static CharacterClass Classify(ReadOnlySpan<char> text, int index)
    {
        var c = text[index];
        return c < 128 ? AsciiClasses[c] : ClassifyOther(text, index, text.Length, c);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static CharacterClass ClassifyOther(ReadOnlySpan<char> text, int index, int end, char c)
    {
        if (IsSpaceLike(c))
        {
            return CharacterClass.Space;
        }

        int codePoint = c;
        UnicodeCategory category;
        if (char.IsHighSurrogate(c) && index + 1 < end && char.IsLowSurrogate(text[index + 1]))
        {
            codePoint = char.ConvertToUtf32(c, text[index + 1]);
            category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        }
        else
        {
            category = char.GetUnicodeCategory(c);
        }

        switch (category)
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.OtherNumber:
                return IsUnspacedScript(codePoint) ? CharacterClass.UnspacedLetter : CharacterClass.Letter;
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
                return CharacterClass.Letter;
            case UnicodeCategory.DecimalDigitNumber:
                return CharacterClass.Digit;
            default:
                return CharacterClass.Symbol;
        }
    }

    /// <summary>Tells the letter case of the code point at <paramref name="index"/>, for deciding whether a word can start a sentence.</summary>
    public static LetterCase GetLetterCase(string text, int index, int end)
    {
        var c = text[index];
        UnicodeCategory category;
        if (char.IsHighSurrogate(c) && index + 1 < end && char.IsLowSurrogate(text[index + 1]))
        {
            category = Rune.GetUnicodeCategory(new Rune(c, text[index + 1]));
        }
        else
        {
            category = char.GetUnicodeCategory(c);
        }

        return category switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter => LetterCase.Upper,
            UnicodeCategory.LowercaseLetter => LetterCase.Lower,
            UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter => LetterCase.Caseless,
            UnicodeCategory.DecimalDigitNumber => LetterCase.Digit,
            _ => LetterCase.None,
        };
    }

    /// <summary>Tells whether <paramref name="c"/> is a letter or a combining mark.</summary>
    /// <remarks>The ASCII test is inlined into the callers' loops; the rest is out of line.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetterOrMark(char c) => c < 128 ? char.IsAsciiLetter(c) : IsOtherLetterOrMark(c);

    private static bool IsOtherLetterOrMark(char c) =>
        char.IsLetter(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>Tells whether <paramref name="c"/> is an apostrophe that may join two parts of a word: ' or ’.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>Tells whether <paramref name="c"/> is a hyphen that may join two parts of a word: -, U+2010, U+2011 or the soft hyphen.</summary>
    /// <remarks>Text copied from web pages often carries invisible soft hyphens inside long words; they must not split them.</remarks>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011' or '\u00AD';

    /// <summary>Tells whether <paramref name="c"/> may separate the digits of one number: a period, comma or colon.</summary>
    public static bool IsNumberSeparator(char c) => c is '.' or ',' or ':';

    // Scripts written without spaces between words, where the word splitter falls back to one word per text
    // element: Thai, Lao, Myanmar, Khmer, CJK radicals and symbols, kana, Bopomofo, Han, halfwidth katakana and the
    // supplementary ideographs. Hangul is written with spaces and is not here.
    private static bool IsUnspacedScript(int codePoint) =>
        codePoint switch
        {
            >= 0x0E00 and <= 0x0EFF => true,
            >= 0x1000 and <= 0x109F => true,
            >= 0x1780 and <= 0x17FF => true,
            >= 0x19E0 and <= 0x19FF => true,
            >= 0x2E80 and <= 0x312F => true,
            >= 0x3190 and <= 0x9FFF => true,
            >= 0xA9E0 and <= 0xA9FF => true,
            >= 0xAA60 and <= 0xAA7F => true,
            >= 0xF900 and <= 0xFAFF => true,
            >= 0xFF66 and <= 0xFF9F => true,
            >= 0x1B000 and <= 0x1B2FF => true,
            >= 0x20000 and <= 0x3FFFF => true,
            _ => false,
        };

    private static CharacterClass[] BuildAsciiClasses()
    {
        var classes = new CharacterClass[128];
        for (var c = 0; c < classes.Length; c++)
        {
            classes[c] = (char)c switch
            {
                >= 'a' and <= 'z' or >= 'A' and <= 'Z' => CharacterClass.Letter,
                >= '0' and <= '9' => CharacterClass.Digit,
                _ when char.IsWhiteSpace((char)c) => CharacterClass.Space,
                _ => CharacterClass.Symbol,
            };
        }

        return classes;
    }
}
