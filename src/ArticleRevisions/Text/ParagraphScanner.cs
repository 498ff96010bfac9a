using System.Runtime.CompilerServices;

namespace ArticleRevisions.Text;

/// <summary>Cuts a range of text into paragraphs and the white space around them.</summary>
/// <remarks>
/// Text that separates paragraphs with blank lines (a blank line between two lines of text) is read in
/// blank-line mode: lines run together into one paragraph until a blank line, so a hard-wrapped paragraph stays
/// whole. Other text is read in line mode: each line of text is a paragraph. Leading and trailing blank lines do
/// not count, so a trailing empty line at the end of a file does not change how the lines above it are read.
/// </remarks>
internal static class ParagraphScanner
{
    // Whether a whole text uses blank lines, remembered per string instance while it lives, so that splitting many
    // ranges of one long text reads the text once rather than once per range. Strings are immutable, so the answer
    // never goes stale.
    private static readonly ConditionalWeakTable<string, object> BlankLineModes = new();
    private static readonly object Yes = true;
    private static readonly object No = false;

    // The lines of a range read before its mode is known, kept per thread: a block's units are split one by one,
    // and a list made for each was most of what splitting them allocated.
    [ThreadStatic]
    private static List<Line>? scratchLines;

    // Segments of a range split for a caller that wants them in a List, kept per thread like the lines.
    [ThreadStatic]
    private static ChunkedList<Segment>? scratchSegments;

    /// <summary>Appends <see cref="SegmentKind.Paragraph"/> and <see cref="SegmentKind.Whitespace"/> segments covering [<paramref name="start"/>, <paramref name="end"/>).</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="start">Where the range starts.</param>
    /// <param name="end">Where the range ends.</param>
    /// <param name="output">Receives the segments, in order.</param>
    /// <remarks>
    /// When the range is only part of <paramref name="text"/> and holds no blank line of its own, the mode is taken
    /// from the whole text, so a range holding one hard-wrapped paragraph is read the way the whole text is. That
    /// look stops at the first blank line between two lines of text, and its answer is remembered for the string.
    /// </remarks>
    public static void Split(string text, int start, int end, ChunkedList<Segment> output)
    {
        // Taken while in use, so a split that throws leaves none behind half-filled.
        var lines = scratchLines ?? [];
        scratchLines = null;
        lines.Clear();
        Split(text, start, end, output, lines);

        // A whole large text's lines are not worth keeping after it.
        scratchLines = lines.Capacity <= MaxKeptLines ? lines : null;
    }

    /// <inheritdoc cref="Split(string, int, int, ChunkedList{Segment})"/>
    public static void Split(string text, int start, int end, List<Segment> output)
    {
        var segments = scratchSegments ?? new ChunkedList<Segment>();
        scratchSegments = null;
        segments.Clear();
        Split(text, start, end, segments);
        output.EnsureCapacity(output.Count + segments.Count);
        foreach (var segment in segments)
        {
            output.Add(segment);
        }

        // Only a list of one chunk is worth keeping for the next range.
        var small = segments.Count <= MaxKeptLines;
        segments.Clear();
        scratchSegments = small ? segments : null;
    }

    private const int MaxKeptLines = 4096;

    /// <remarks>
    /// Lines are held only until the range's mode is known: at its first blank line between two lines of text (in
    /// blank-line mode, usually the first or second paragraph), or at its end. From there on each paragraph is written
    /// as soon as it ends, so a long text in blank-line mode is cut without a list of its lines.
    /// </remarks>
    private static void Split(string text, int start, int end, ChunkedList<Segment> output, List<Line> lines)
    {
        var pendingBlank = false;
        var blankLineMode = false;
        var cursor = start;
        int paragraphStart = -1, paragraphEnd = -1;
        var position = start;
        while (position < end)
        {
            position = ReadLine(text, position, end, out var contentStart, out var contentEnd);
            if (contentStart < 0)
            {
                pendingBlank |= paragraphStart >= 0 || lines.Count > 0;
                continue;
            }

            if (!blankLineMode && pendingBlank)
            {
                // The first blank line between two lines of text: the lines before it run together into one paragraph.
                blankLineMode = true;
                (paragraphStart, paragraphEnd) = (lines[0].ContentStart, lines[^1].ContentEnd);
                lines.Clear();
            }

            if (!blankLineMode)
            {
                lines.Add(new Line(contentStart, contentEnd));
            }
            else if (pendingBlank)
            {
                AddParagraph(ref cursor, paragraphStart, paragraphEnd, output);
                (paragraphStart, paragraphEnd) = (contentStart, contentEnd);
            }
            else
            {
                paragraphEnd = contentEnd;
            }

            pendingBlank = false;
        }

        if (blankLineMode)
        {
            AddParagraph(ref cursor, paragraphStart, paragraphEnd, output);
        }
        else if (lines.Count > 1 && !(start == 0 && end == text.Length) && WholeTextUsesBlankLines(text))
        {
            AddParagraph(ref cursor, lines[0].ContentStart, lines[^1].ContentEnd, output);
        }
        else
        {
            foreach (var line in lines)
            {
                AddParagraph(ref cursor, line.ContentStart, line.ContentEnd, output);
            }
        }

        AddWhitespace(cursor, end, output);
    }

    private static void AddParagraph(ref int cursor, int start, int end, ChunkedList<Segment> output)
    {
        AddWhitespace(cursor, start, output);
        output.Add(new Segment(SegmentKind.Paragraph, start, end - start));
        cursor = end;
    }

    private static bool WholeTextUsesBlankLines(string text) =>
        (bool)BlankLineModes.GetValue(text, static t => UsesBlankLines(t) ? Yes : No);

    /// <summary>Tells whether <paramref name="text"/> has a blank line between two lines of text, stopping at the first.</summary>
    private static bool UsesBlankLines(string text)
    {
        var seenContent = false;
        var pendingBlank = false;
        var position = 0;
        while (position < text.Length)
        {
            position = ReadLine(text, position, text.Length, out var contentStart, out _);
            if (contentStart < 0)
            {
                pendingBlank = seenContent;
            }
            else if (pendingBlank)
            {
                return true;
            }
            else
            {
                seenContent = true;
            }
        }

        return false;
    }

    /// <summary>Reads one line from <paramref name="position"/>, returning where the next line starts.</summary>
    /// <remarks>
    /// <paramref name="contentStart"/> and <paramref name="contentEnd"/> bound the line's text without its leading
    /// and trailing white space; both are -1 when the line is blank. A CR LF counts as one line break.
    /// </remarks>
    private static int ReadLine(string text, int position, int end, out int contentStart, out int contentEnd)
    {
        contentStart = -1;
        contentEnd = -1;
        var rest = text.AsSpan(position, end - position);
        var lineLength = LineLengthBelowU0300(rest);
        if (lineLength != HasCharacterFromU0300)
        {
            var line = lineLength < 0 ? rest : rest[..lineLength];

            // Below U+0300 every character is a text element of its own (a line holds no CR LF), so the line's
            // text is found by looking at its characters one by one, not element by element.
            for (var k = 0; k < line.Length; k++)
            {
                if (!CharacterClassifier.IsSpaceLike(line[k]))
                {
                    contentStart = position + k;
                    break;
                }
            }

            if (contentStart >= 0)
            {
                var last = line.Length - 1;
                while (CharacterClassifier.IsSpaceLike(line[last]))
                {
                    last--;
                }

                contentEnd = position + last + 1;
            }

            if (lineLength < 0)
            {
                return end;
            }

            var lineEnd = position + lineLength;
            return lineEnd + (text[lineEnd] == '\r' && lineEnd + 1 < end && text[lineEnd + 1] == '\n' ? 2 : 1);
        }

        while (position < end)
        {
            var c = text[position];
            if (CharacterClassifier.IsLineBreak(c))
            {
                return position + (c == '\r' && position + 1 < end && text[position + 1] == '\n' ? 2 : 1);
            }

            var length = TextElements.LengthAt(text, position, end);
            if (!CharacterClassifier.IsSpaceLike(c))
            {
                if (contentStart < 0)
                {
                    contentStart = position;
                }

                contentEnd = position + length;
            }

            position += length;
        }

        return end;
    }

    /// <summary>What <see cref="LineLengthBelowU0300"/> returns for a line holding a character from U+0300 on.</summary>
    private const int HasCharacterFromU0300 = -2;

    /// <summary>
    /// How many characters of <paramref name="rest"/> come before its first line break
    /// (<see cref="CharacterClassifier.IsLineBreak"/>), or -1 when it holds none, provided that line holds only
    /// characters below U+0300; <see cref="HasCharacterFromU0300"/> otherwise.
    /// </summary>
    /// <remarks>
    /// One pass, many characters at a time, over what most lines hold: the characters from U+000E to U+0084 are
    /// neither line breaks nor from U+0300 on. Each other character (a tab, a letter such as é, a line break) stops
    /// the search once and is looked at on its own.
    /// </remarks>
    private static int LineLengthBelowU0300(ReadOnlySpan<char> rest)
    {
        for (var k = 0; ;)
        {
            var found = rest[k..].IndexOfAnyExceptInRange('\u000E', '\u0084');
            if (found < 0)
            {
                return -1;
            }

            k += found;
            var c = rest[k];
            if (CharacterClassifier.IsLineBreak(c))
            {
                return k;
            }

            if (c >= '\u0300')
            {
                return HasCharacterFromU0300;
            }

            k++;
        }
    }

    private static void AddWhitespace(int start, int end, ChunkedList<Segment> output)
    {
        if (end > start)
        {
            output.Add(new Segment(SegmentKind.Whitespace, start, end - start));
        }
    }

    /// <summary>The text of one non-blank line.</summary>
    private readonly record struct Line(int ContentStart, int ContentEnd);
}
