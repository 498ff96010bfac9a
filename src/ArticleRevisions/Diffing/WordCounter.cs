using System.Globalization;

namespace ArticleRevisions.Diffing;

/// <summary>
/// Counts words quickly, without building tokens: runs of letters, marks and digits, joined by an inner apostrophe
/// or hyphen, as the tokenizer's words are.
/// </summary>
internal static class WordCounter
{
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                if (!inWord)
                {
                    count++;
                    inWord = true;
                }
            }
            else if (inWord && IsJoiner(c) && i + 1 < text.Length && IsWordChar(text[i + 1]))
            {
                continue;
            }
            else if (inWord && c is '.' or ',' or ':' && i > 0 && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                // 4.2, 1,200.50 and 10:30 are one word each, as the tokenizer has them.
                continue;
            }
            else
            {
                inWord = false;
            }
        }

        return count;
    }

    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '-' or '\u2010' or '\u2011' or '\u00AD';

    private static bool IsWordChar(char c)
    {
        if (c < 128)
        {
            return char.IsAsciiLetterOrDigit(c);
        }

        return char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber => true,
            _ => false,
        };
    }
}
