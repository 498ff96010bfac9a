using ArticleRevisions.Text;
using CsCheck;

namespace ArticleRevisions.Tests.Text;

public class ParagraphScannerTests
{
    // Lines of text, blank lines, spaces and the three ways a line ends: enough to put the first blank line between
    // two lines of text anywhere, or nowhere.
    private static readonly string[] Pieces = ["a", "b c", " ", "\n", "\n", "\r\n", "\r", "  d "];
    private static readonly Gen<string> Texts = Gen.OneOf(Pieces).Array[0, 40].Select(string.Concat);

    [Fact]
    public void Cuts_whole_texts_and_ranges_as_a_list_of_their_lines_would_as_a_property()
    {
        Gen.Select(Texts, Gen.Int[0, 1000], Gen.Int[0, 1000]).Sample((text, x, y) =>
        {
            var (start, end) = (Math.Min(x, y) % (text.Length + 1), Math.Max(x, y) % (text.Length + 1));
            (start, end) = (Math.Min(start, end), Math.Max(start, end));
            foreach (var (from, to) in new[] { (0, text.Length), (start, end) })
            {
                var cut = new List<Segment>();

                ParagraphScanner.Split(text, from, to, cut);

                Assert.Equal(ByLines(text, from, to), cut);
            }
        }, iter: 3000);
    }

    // Every line break, white space that is not a plain space (a tab, NBSP below U+0300, U+3000 above it), letters
    // below and above U+0300, a combining mark, and a CR LF split by a range's end: each line is read character by
    // character or element by element, and the two must agree.
    private static readonly string[] RichPieces =
        ["a", "é", "\t", " ", "\u00A0", "\u3000", "д", "e\u0301", "\n", "\r\n", "\r", "\v", "\f", "\u0085", "\u2028", "\u2029", "\u0084", "\u0300"];

    [Fact]
    public void Cuts_lines_of_any_characters_as_their_text_elements_say_as_a_property()
    {
        Gen.Select(Gen.OneOf(RichPieces).Array[0, 30].Select(string.Concat), Gen.Int[0, 1000], Gen.Int[0, 1000]).Sample((text, x, y) =>
        {
            var (start, end) = (Math.Min(x, y) % (text.Length + 1), Math.Max(x, y) % (text.Length + 1));
            foreach (var (from, to) in new[] { (0, text.Length), (start, end) })
            {
                var cut = new List<Segment>();

                ParagraphScanner.Split(text, from, to, cut);

                Assert.Equal(ByLines(text, from, to, ElementLines), cut);
            }
        }, iter: 3000);
    }

    /// <summary>
    /// The rule written out plainly, for texts of letters, spaces and line breaks: every non-blank line is listed
    /// first; in blank-line mode (a blank line between two lines of text in the range, or, for part of a text with
    /// none, in the whole text) lines run together until a blank line, otherwise each line is a paragraph.
    /// </summary>
    private static List<Segment> ByLines(string text, int start, int end) => ByLines(text, start, end, NonBlankLines);

    private static List<Segment> ByLines(string text, int start, int end, Func<string, int, int, List<(int Start, int End, bool AfterBlank)>> nonBlankLines)
    {
        var lines = nonBlankLines(text, start, end);
        var blankLineMode = lines.Any(l => l.AfterBlank)
            || (!(start == 0 && end == text.Length) && lines.Count > 1 && nonBlankLines(text, 0, text.Length).Any(l => l.AfterBlank));
        var result = new List<Segment>();
        var cursor = start;
        for (var k = 0; k < lines.Count;)
        {
            var (paragraphStart, paragraphEnd) = (lines[k].Start, lines[k].End);
            for (k++; blankLineMode && k < lines.Count && !lines[k].AfterBlank; k++)
            {
                paragraphEnd = lines[k].End;
            }

            if (paragraphStart > cursor)
            {
                result.Add(new Segment(SegmentKind.Whitespace, cursor, paragraphStart - cursor));
            }

            result.Add(new Segment(SegmentKind.Paragraph, paragraphStart, paragraphEnd - paragraphStart));
            cursor = paragraphEnd;
        }

        if (end > cursor)
        {
            result.Add(new Segment(SegmentKind.Whitespace, cursor, end - cursor));
        }

        return result;
    }

    /// <summary>The non-blank lines of a range without their spaces, and whether a blank line comes between each and the line of text before it.</summary>
    private static List<(int Start, int End, bool AfterBlank)> NonBlankLines(string text, int start, int end)
    {
        var lines = new List<(int Start, int End, bool AfterBlank)>();
        var pendingBlank = false;
        for (var position = start; position < end;)
        {
            var lineEnd = position;
            while (lineEnd < end && text[lineEnd] is not ('\n' or '\r'))
            {
                lineEnd++;
            }

            var (contentStart, contentEnd) = (position, lineEnd);
            while (contentStart < contentEnd && text[contentStart] == ' ')
            {
                contentStart++;
            }

            while (contentEnd > contentStart && text[contentEnd - 1] == ' ')
            {
                contentEnd--;
            }

            if (contentStart == contentEnd)
            {
                pendingBlank |= lines.Count > 0;
            }
            else
            {
                lines.Add((contentStart, contentEnd, pendingBlank));
                pendingBlank = false;
            }

            position = lineEnd == end ? end : lineEnd + (text[lineEnd] == '\r' && lineEnd + 1 < end && text[lineEnd + 1] == '\n' ? 2 : 1);
        }

        return lines;
    }

    /// <summary>
    /// The non-blank lines of a range read text element by text element: a line ends at any line break
    /// (<see cref="CharacterClassifier.IsLineBreak"/>, a CR LF as one), and its text runs from its first element that
    /// is not white space to its last, each judged by its first character.
    /// </summary>
    private static List<(int Start, int End, bool AfterBlank)> ElementLines(string text, int start, int end)
    {
        var lines = new List<(int Start, int End, bool AfterBlank)>();
        var pendingBlank = false;
        for (var position = start; position < end;)
        {
            int contentStart = -1, contentEnd = -1;
            while (position < end && !CharacterClassifier.IsLineBreak(text[position]))
            {
                var length = TextElements.LengthAt(text, position, end);
                if (!CharacterClassifier.IsSpaceLike(text[position]))
                {
                    contentStart = contentStart < 0 ? position : contentStart;
                    contentEnd = position + length;
                }

                position += length;
            }

            if (position < end)
            {
                position += text[position] == '\r' && position + 1 < end && text[position + 1] == '\n' ? 2 : 1;
            }

            if (contentStart < 0)
            {
                pendingBlank |= lines.Count > 0;
            }
            else
            {
                lines.Add((contentStart, contentEnd, pendingBlank));
                pendingBlank = false;
            }
        }

        return lines;
    }
}
