using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace ArticleRevisions.Text;

/// <summary>Cuts one paragraph into sentences and the white space between them, in one pass.</summary>
/// <remarks>
/// A sentence ends after a run of terminators (<c>. ! ? …</c> and their relatives) and any closing quotes or
/// brackets, where white space follows and the next word can start a sentence. Every look back (the word before a
/// period) and ahead (the word after the white space) is bounded, so the pass stays linear.
/// </remarks>
internal static class SentenceScanner
{
    // Longer words are never abbreviations, and no run of opening quotes, brackets and dashes is this long in text
    // anyone writes; the bounds keep a pathological input linear.
    private const int MaxWordLength = 32;
    private const int MaxOpeners = 8;

    /// <summary>Appends <see cref="SegmentKind.Sentence"/> and <see cref="SegmentKind.Whitespace"/> segments covering one paragraph.</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="start">Where the paragraph starts: not at white space.</param>
    /// <param name="end">Where the paragraph ends: just after a character that is not white space.</param>
    /// <param name="output">Receives the segments, in order.</param>
    public static void Split(string text, int start, int end, List<Segment> output)
    {
        var sentenceStart = start;
        var position = start;
        while (position < end)
        {
            if (!IsTerminator(text[position]))
            {
                // Below U+0300 every character is a text element of its own (CR LF aside, which holds no
                // terminator), so up to the next terminator or character at or above U+0300 the element by element
                // walk would visit every character and stop at none: go straight there. Past that, the walk goes
                // on element by element from the character before it, which may carry it.
                var plain = PlainEnd(text, position, end);
                if (plain >= end || text[plain] < '\u0300')
                {
                    position = plain;
                }
                else
                {
                    position = plain - 1 > position ? plain - 1 : position + TextElements.LengthAt(text, position, end);
                }

                continue;
            }

            var runStart = position;
            var run = default(TerminatorRun);
            while (position < end && IsTerminator(text[position]))
            {
                run = run.With(text[position]);
                position += TextElements.LengthAt(text, position, end);
            }

            while (position < end && IsCloser(text[position]))
            {
                position += TextElements.LengthAt(text, position, end);
            }

            var sentenceEnd = position;
            if (sentenceEnd >= end || runStart == sentenceStart)
            {
                continue;
            }

            var next = sentenceEnd;
            while (next < end && CharacterClassifier.IsSpaceLike(text[next]))
            {
                next += TextElements.LengthAt(text, next, end);
            }

            if ((next == sentenceEnd && !run.HasUnspacedStop) || next >= end)
            {
                continue;
            }

            if (!EndsSentence(text, sentenceStart, runStart, run, next, end))
            {
                continue;
            }

            output.Add(new Segment(SegmentKind.Sentence, sentenceStart, sentenceEnd - sentenceStart));
            if (next > sentenceEnd)
            {
                output.Add(new Segment(SegmentKind.Whitespace, sentenceEnd, next - sentenceEnd));
            }

            sentenceStart = next;
            position = next;
        }

        output.Add(new Segment(SegmentKind.Sentence, sentenceStart, end - sentenceStart));
    }

    /// <summary>Decides whether the terminators at <paramref name="runStart"/> end the sentence, given what starts at <paramref name="next"/>.</summary>
    private static bool EndsSentence(string text, int sentenceStart, int runStart, TerminatorRun run, int next, int end)
    {
        var follower = NextWord.Find(text, next, end);
        if (follower.Case == LetterCase.Lower)
        {
            return false;
        }

        if (run.HasUnspacedStop || run.HasStrongStop)
        {
            return true;
        }

        if (run.IsEllipsis)
        {
            return follower.Case == LetterCase.Upper;
        }

        return PeriodEndsSentence(text, sentenceStart, runStart, follower);
    }

    /// <summary>Decides whether a single period at <paramref name="period"/> ends the sentence, looking at the word before it.</summary>
    private static bool PeriodEndsSentence(string text, int sentenceStart, int period, NextWord follower)
    {
        var wordStart = period;
        while (wordStart > sentenceStart && period - wordStart <= MaxWordLength && IsWordChar(text[wordStart - 1]))
        {
            wordStart--;
        }

        if (period - wordStart > MaxWordLength)
        {
            return true;
        }

        while (wordStart < period && !CharacterClassifier.IsLetterOrMark(text[wordStart]) && !char.IsDigit(text[wordStart]))
        {
            wordStart++;
        }

        var word = text.AsSpan(wordStart, period - wordStart);
        if (word.IsEmpty)
        {
            return true;
        }

        if (wordStart == sentenceStart && IsListMarker(word))
        {
            return false;
        }

        if (IsInitial(word) || IsCapitalAcronym(word))
        {
            return follower.IsCommonSentenceStart;
        }

        return SentenceLexicon.FindAbbreviation(word) switch
        {
            AbbreviationKind.NeverFinal => false,
            AbbreviationKind.BeforeNumber => follower.Case != LetterCase.Digit,
            AbbreviationKind.AfterNumber => follower.IsCommonSentenceStart && FollowsNumber(text, sentenceStart, wordStart),
            _ => true,
        };
    }

    /// <summary>Tells whether the word ending just before <paramref name="wordStart"/> (past white space) is a number, Arabic or Roman.</summary>
    private static bool FollowsNumber(string text, int sentenceStart, int wordStart)
    {
        var position = wordStart;
        while (position > sentenceStart && wordStart - position < 3 && CharacterClassifier.IsSpaceLike(text[position - 1]))
        {
            position--;
        }

        if (position == wordStart)
        {
            return false;
        }

        var previousEnd = position;
        var hasDigit = false;
        var allRoman = true;
        while (position > sentenceStart && previousEnd - position < MaxWordLength && !CharacterClassifier.IsSpaceLike(text[position - 1]))
        {
            var c = text[position - 1];
            hasDigit |= char.IsDigit(c);
            allRoman &= IsRomanNumeral(c);
            position--;
        }

        return position < previousEnd && (hasDigit || allRoman);
    }

    /// <summary>Tells whether <paramref name="word"/>, standing first in a sentence, numbers a list item: <c>1.</c>, <c>12.</c>, <c>IV.</c>.</summary>
    private static bool IsListMarker(ReadOnlySpan<char> word)
    {
        if (word.Length > 4)
        {
            return false;
        }

        var allDigits = true;
        var allRoman = true;
        foreach (var c in word)
        {
            allDigits &= char.IsAsciiDigit(c);
            allRoman &= IsRomanNumeral(c);
        }

        return allDigits || allRoman;
    }

    // Roman numerals, with the Cyrillic lookalikes Ukrainian text often types them with (ХХ ст.).
    private static bool IsRomanNumeral(char c) => c is 'I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M' or 'І' or 'Х';

    /// <summary>Tells whether <paramref name="word"/> is one capital letter, with any marks on it: <c>J</c>, <c>В</c>.</summary>
    private static bool IsInitial(ReadOnlySpan<char> word)
    {
        if (Rune.DecodeFromUtf16(word, out var rune, out var consumed) != System.Buffers.OperationStatus.Done || !Rune.IsUpper(rune))
        {
            return false;
        }

        foreach (var c in word[consumed..])
        {
            if (char.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Tells whether <paramref name="word"/> is capital letters joined by periods: <c>U.S</c>, <c>U.K</c>.</summary>
    private static bool IsCapitalAcronym(ReadOnlySpan<char> word)
    {
        if (!word.Contains('.'))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (c != '.' && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    // The characters a word before a period may hold: letters, marks, digits, inner periods, hyphens, apostrophes.
    // The ASCII test is inlined into the look back; the rest is out of line.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '\'' : IsOtherWordChar(c);

    private static bool IsOtherWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.IsSurrogate(c) || CharacterClassifier.IsLetterOrMark(c) || CharacterClassifier.IsHyphen(c) || CharacterClassifier.IsApostrophe(c);

    /// <summary>Finds the first character from <paramref name="position"/> that is a terminator below U+0300 (<c>. ! ?</c>) or at or above U+0300 (every other terminator is), or <paramref name="end"/>.</summary>
    /// <remarks>Eight characters are tested at once, for all four at a time: one pass instead of a search for each.</remarks>
    private static int PlainEnd(string text, int position, int end)
    {
        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
        for (; end - position >= Vector128<ushort>.Count; position += Vector128<ushort>.Count)
        {
            var chars = Vector128.LoadUnsafe(ref first, (nuint)position);
            var stops = Vector128.Equals(chars, Vector128.Create((ushort)'.'))
                | Vector128.Equals(chars, Vector128.Create((ushort)'!'))
                | Vector128.Equals(chars, Vector128.Create((ushort)'?'))
                | Vector128.GreaterThan(chars, Vector128.Create((ushort)0x02FF));
            // Two bits a character, read byte by byte.
            var found = stops.AsByte().ExtractMostSignificantBits();
            if (found != 0)
            {
                return position + BitOperations.TrailingZeroCount(found) / 2;
            }
        }

        for (; position < end; position++)
        {
            if (text[position] is '.' or '!' or '?' or >= '\u0300')
            {
                break;
            }
        }

        return position;
    }

    private static bool IsTerminator(char c) =>
        c is '.' or '!' or '?' or '…' or '‼' or '⁇' or '⁈' or '⁉' or '؟' or '。' or '｡' or '！' or '？';

    // After a terminator, any quote closes (Ukrainian and German close with “), as does any closing bracket.
    private static bool IsCloser(char c) =>
        c is '"' or '\''
        || char.GetUnicodeCategory(c) is UnicodeCategory.ClosePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.InitialQuotePunctuation;

    /// <summary>What a run of consecutive terminators holds.</summary>
    private readonly record struct TerminatorRun(int Periods, bool HasEllipsisChar, bool HasStrongStop, bool HasUnspacedStop)
    {
        /// <summary>Gets whether the run is an ellipsis: two or more periods, or …, and nothing stronger.</summary>
        public bool IsEllipsis => !HasStrongStop && !HasUnspacedStop && (Periods >= 2 || HasEllipsisChar);

        public TerminatorRun With(char c) => c switch
        {
            '.' => this with { Periods = Periods + 1 },
            '…' => this with { HasEllipsisChar = true },
            '。' or '｡' or '！' or '？' => this with { HasUnspacedStop = true },
            _ => this with { HasStrongStop = true },
        };
    }

    /// <summary>The first word after a candidate sentence boundary, past any opening quotes, brackets and dashes.</summary>
    private readonly record struct NextWord(LetterCase Case, bool IsCommonSentenceStart)
    {
        public static NextWord Find(string text, int position, int end)
        {
            var skipped = 0;
            while (position < end && IsOpener(text[position]))
            {
                if (++skipped > MaxOpeners)
                {
                    return default;
                }

                position += TextElements.LengthAt(text, position, end);
            }

            if (position >= end)
            {
                return default;
            }

            var letterCase = CharacterClassifier.GetLetterCase(text, position, end);
            if (letterCase is not (LetterCase.Upper or LetterCase.Caseless))
            {
                return new NextWord(letterCase, false);
            }

            var wordEnd = position;
            while (wordEnd < end && wordEnd - position <= MaxWordLength && CharacterClassifier.IsLetterOrMark(text[wordEnd]))
            {
                wordEnd++;
            }

            // A capital followed by a period is an initial (J. R. R. Tolkien), not a word like "I" or "A".
            var isInitial = wordEnd < end && text[wordEnd] == '.';
            var common = !isInitial && SentenceLexicon.IsCommonSentenceStart(text.AsSpan(position, wordEnd - position));
            return new NextWord(letterCase, common);
        }

        // What may stand before the first word of a sentence: opening quotes and brackets, dashes of dialogue,
        // Spanish inverted marks, and the spaces between them.
        private static bool IsOpener(char c) =>
            c is '"' or '\'' or '¿' or '¡'
            || CharacterClassifier.IsSpaceLike(c)
            || char.GetUnicodeCategory(c) is UnicodeCategory.OpenPunctuation or UnicodeCategory.InitialQuotePunctuation
                or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.DashPunctuation;
    }
}
