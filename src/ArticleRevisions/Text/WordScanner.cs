using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ArticleRevisions.Text;

/// <summary>
/// Cuts a range of text into words, punctuation and white space in one pass: the one definition of a word in the
/// library, used both to split (<see cref="Split"/>) and, without building segments, to count (<see cref="Count(string, int, int)"/>).
/// </summary>
internal static class WordScanner
{
    /// <summary>Appends <see cref="SegmentKind.Word"/>, <see cref="SegmentKind.Punctuation"/> and <see cref="SegmentKind.Whitespace"/> segments covering [<paramref name="start"/>, <paramref name="end"/>).</summary>
    /// <remarks>
    /// A word of ASCII letters and digits, a run of spaces and a run of one ASCII punctuation character are cut in
    /// one loop each when the character after them is below U+0300 and cannot join or extend them; every other
    /// token goes the element-by-element way (<see cref="TokenEnd"/>), which cuts these the same.
    /// </remarks>
    public static void Split(string text, int start, int end, List<Segment> output)
    {
        // The segments are written through a span into room taken a stretch at a time (every segment holds a
        // character, so one entry per character left is always enough), and the list cut back to them at the end.
        var written = output.Count;
        var room = CollectionsMarshal.AsSpan(output);
        for (var position = start; position < end;)
        {
            if (written == room.Length)
            {
                CollectionsMarshal.SetCount(output, written + Math.Min(end - position, 256));
                room = CollectionsMarshal.AsSpan(output);
            }

            position = SplitPlain(text.AsSpan(0, end), position, room, ref written);
            if (position < end && written < room.Length)
            {
                var next = TokenEnd(text, position, end, out var kind);
                room[written++] = new Segment(kind, position, next - position);
                position = next;
            }
        }

        CollectionsMarshal.SetCount(output, written);
    }

    /// <summary>
    /// Cuts plain tokens from <paramref name="position"/> into <paramref name="room"/> from entry
    /// <paramref name="written"/> on, and stops at the end of <paramref name="range"/>, when the room is full, or at a
    /// token that needs the element-by-element way, returning where it stopped.
    /// </summary>
    /// <remarks>It calls nothing (but to throw), so more of its locals stay in registers.</remarks>
    private static int SplitPlain(ReadOnlySpan<char> range, int position, Span<Segment> room, ref int written)
    {
        var count = written;
        while (position < range.Length && count < room.Length)
        {
            var c = range[position];
            var next = position + 1;
            SegmentKind kind;
            if (IsAsciiLetterOrDigit(c))
            {
                // Past the run: the end, or white space or punctuation below U+0080 that joins nothing. A period,
                // comma or colon joins only two digits.
                next = AsciiWordEnd(range, next);
                if (next < range.Length
                    && (range[next] >= 128 || range[next] is '\'' or '-' || (CharacterClassifier.IsNumberSeparator(range[next]) && char.IsAsciiDigit(range[next - 1]))))
                {
                    break;
                }

                room[count++] = new Segment(SegmentKind.Word, position, next - position);

                // The commonest token after a word, one space before another word, is cut here at once: the space
                // branch below would end it at that word too.
                if (next + 1 < range.Length && range[next] == ' ' && IsAsciiLetterOrDigit(range[next + 1]) && count < room.Length)
                {
                    room[count++] = new Segment(SegmentKind.Whitespace, next, 1);
                    next++;
                }

                position = next;
                continue;
            }
            else if (c == ' ')
            {
                while (next < range.Length && range[next] == ' ')
                {
                    next++;
                }

                if (next < range.Length && (range[next] >= 128 || CharacterClassifier.IsAsciiSpace(range[next])))
                {
                    break;
                }

                kind = SegmentKind.Whitespace;
            }
            else if (c < 128 && !CharacterClassifier.IsAsciiSpace(c))
            {
                while (next < range.Length && range[next] == c)
                {
                    next++;
                }

                // A run of one punctuation character, each a text element of its own unless a character at or
                // above U+0300 follows the last.
                if (next < range.Length && range[next] >= '\u0300')
                {
                    break;
                }

                kind = SegmentKind.Punctuation;
            }
            else
            {
                break;
            }

            room[count++] = new Segment(kind, position, next - position);
            position = next;
        }

        written = count;
        return position;
    }

    /// <summary>Finds the end of a run of ASCII letters and digits going on at <paramref name="next"/>.</summary>
    /// <remarks>Eight characters are tested at once while eight are left: most words are shorter than that.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int AsciiWordEnd(ReadOnlySpan<char> range, int next)
    {
        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(range));
        while (range.Length - next >= Vector128<ushort>.Count)
        {
            var chars = Vector128.LoadUnsafe(ref first, (nuint)next);

            // As in IsAsciiLetterOrDigit: an unsigned difference past the range saturates to a non-zero lane.
            var letters = Vector128.SubtractSaturate((chars | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
            var digits = Vector128.SubtractSaturate(chars - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
            var plain = Vector128.Equals(letters, Vector128<ushort>.Zero) | Vector128.Equals(digits, Vector128<ushort>.Zero);

            // Two bits a character, read byte by byte (one instruction); all set past the eighth.
            var skip = BitOperations.TrailingZeroCount(~plain.AsByte().ExtractMostSignificantBits()) / 2;
            next += skip;
            if (skip < Vector128<ushort>.Count)
            {
                return next;
            }
        }

        while (next < range.Length && IsAsciiLetterOrDigit(range[next]))
        {
            next++;
        }

        return next;
    }

    // Written as two tests so each compiles to a branch: most characters of a word are lowercase letters.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiLetterOrDigit(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;

    /// <summary>Counts the <see cref="SegmentKind.Word"/> segments <see cref="Split"/> would give for the range, allocating nothing.</summary>
    public static int Count(string text, int start, int length)
    {
        var count = 0;
        for (int position = start, end = start + length; position < end;)
        {
            position = TokenEnd(text, position, end, out var kind);
            if (kind == SegmentKind.Word)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Counts the words of the whole text.</summary>
    public static int Count(string text) => Count(text, 0, text.Length);

    /// <summary>Finds where the token starting at <paramref name="position"/> ends, and what it is: one step of <see cref="Split"/>, also walked by <c>Classification.WordWalk</c> and <c>Diffing.Similarity</c>.</summary>
    internal static int TokenEnd(string text, int position, int end, out SegmentKind segmentKind)
    {
        var length = TextElements.LengthAt(text, position, end);
        var kind = CharacterClassifier.Classify(text, position, end);
        var next = position + length;
        switch (kind)
        {
            case CharacterClass.Space:
                while (next < end && CharacterClassifier.Classify(text, next, end) == CharacterClass.Space)
                {
                    next += TextElements.LengthAt(text, next, end);
                }

                segmentKind = SegmentKind.Whitespace;
                return next;
            case CharacterClass.Letter:
            case CharacterClass.Digit:
                segmentKind = SegmentKind.Word;
                return ScanWord(text, next, end, kind);
            case CharacterClass.UnspacedLetter:
                segmentKind = SegmentKind.Word;
                return next;
            default:
                if (length == 1)
                {
                    var c = text[position];
                    while (next < end && text[next] == c && TextElements.LengthAt(text, next, end) == 1)
                    {
                        next++;
                    }
                }

                segmentKind = SegmentKind.Punctuation;
                return next;
        }
    }

    /// <summary>Extends a word from <paramref name="position"/>, returning where it ends.</summary>
    /// <param name="text">The text.</param>
    /// <param name="position">Just past the word's first text element.</param>
    /// <param name="end">Where the range ends.</param>
    /// <param name="last">The class of the word's last text element so far.</param>
    private static int ScanWord(string text, int position, int end, CharacterClass last)
    {
        var range = text.AsSpan(0, end);
        while (position < end)
        {
            // A run of ASCII letters and digits, each a text element of its own (the character after each is below
            // U+0300), taken in one loop; the last may carry a mark or joiner after it, so where one follows the
            // last is left to the element-by-element step below, as is everything else.
            var run = position;
            while (run < range.Length && IsAsciiLetterOrDigit(range[run]))
            {
                run++;
            }

            if (run < range.Length && range[run] >= '\u0300')
            {
                run--;
            }

            if (run > position)
            {
                last = char.IsAsciiDigit(range[run - 1]) ? CharacterClass.Digit : CharacterClass.Letter;
                position = run;
                if (position >= end)
                {
                    break;
                }
            }

            var kind = CharacterClassifier.Classify(text, position, end);
            if (kind is CharacterClass.Letter or CharacterClass.Digit)
            {
                position += TextElements.LengthAt(text, position, end);
                last = kind;
                continue;
            }

            if (kind == CharacterClass.Symbol && JoinsAt(text, position, end, last))
            {
                // The joiner is taken here; the letter or digit after it is taken on the next turn.
                position++;
                continue;
            }

            break;
        }

        return position;
    }

    /// <summary>Tells whether the character at <paramref name="position"/> joins the word before it to what follows.</summary>
    /// <remarks>
    /// An apostrophe or hyphen joins two letters or digits (<c>don't</c>, <c>Kyiv-controlled</c>, <c>2025-01-07</c>);
    /// a period, comma or colon joins two digits (<c>1,200.50</c>, <c>10:30</c>). A joiner carrying a combining
    /// mark of its own is not a joiner.
    /// </remarks>
    private static bool JoinsAt(string text, int position, int end, CharacterClass last)
    {
        if (position + 1 >= end || TextElements.LengthAt(text, position, end) != 1)
        {
            return false;
        }

        var c = text[position];
        var next = CharacterClassifier.Classify(text, position + 1, end);
        if (CharacterClassifier.IsApostrophe(c) || CharacterClassifier.IsHyphen(c))
        {
            return next is CharacterClass.Letter or CharacterClass.Digit;
        }

        return CharacterClassifier.IsNumberSeparator(c) && last == CharacterClass.Digit && next == CharacterClass.Digit;
    }
}
