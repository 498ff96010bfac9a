using System.Globalization;
using System.Text;
using ArticleRevisions.Text;

namespace ArticleRevisions.Tests.Text;

/// <summary>Checks what every split must guarantee, and renders segments so a test can compare them at a glance.</summary>
internal static class SegmentationInvariants
{
    /// <summary>Asserts that <paramref name="segments"/> losslessly cover the range and respect text elements.</summary>
    public static void AssertValid(string text, int start, int length, IReadOnlyList<Segment> segments, params SegmentKind[] allowedKinds)
    {
        var position = start;
        var rebuilt = new StringBuilder(length);
        var elementStarts = TextElementStarts(text.Substring(start, length));
        Segment? previous = null;
        foreach (var segment in segments)
        {
            Assert.Contains(segment.Kind, allowedKinds);
            Assert.True(segment.Length > 0, $"Empty segment at {segment.Start}.");
            Assert.Equal(position, segment.Start);
            Assert.True(elementStarts.Contains(segment.Start - start), $"Boundary at {segment.Start} splits a text element.");
            if (segment.Start > start)
            {
                var before = text[segment.Start - 1];
                var after = text[segment.Start];
                Assert.False(char.IsHighSurrogate(before) && char.IsLowSurrogate(after), $"Boundary at {segment.Start} splits a surrogate pair.");
                Assert.False(before == '\r' && after == '\n', $"Boundary at {segment.Start} splits a CR LF.");
            }

            if (segment.Kind is SegmentKind.Paragraph or SegmentKind.Sentence)
            {
                Assert.False(char.IsWhiteSpace(text[segment.Start]), $"{segment.Kind} at {segment.Start} starts with white space.");
                var lastElement = segment.End - 1;
                while (!elementStarts.Contains(lastElement - start))
                {
                    lastElement--;
                }

                // Only the first character of a text element can be white space that stands alone: a prefix such
                // as U+0600 forms one element with the space after it.
                Assert.False(char.IsWhiteSpace(text[lastElement]), $"{segment.Kind} at {segment.Start} ends with white space.");
            }

            Assert.False(
                previous?.Kind == SegmentKind.Whitespace && segment.Kind == SegmentKind.Whitespace,
                $"Two white-space segments meet at {segment.Start}.");
            rebuilt.Append(segment.AsSpan(text));
            position = segment.End;
            previous = segment;
        }

        Assert.Equal(start + length, position);
        Assert.Equal(text.Substring(start, length), rebuilt.ToString());
    }

    /// <summary>Asserts validity over the whole of <paramref name="text"/>.</summary>
    public static void AssertValid(string text, IReadOnlyList<Segment> segments, params SegmentKind[] allowedKinds) =>
        AssertValid(text, 0, text.Length, segments, allowedKinds);

    /// <summary>Renders segments as <c>kind[text]</c> with CR, LF and tab shown as <c>\r</c>, <c>\n</c>, <c>\t</c>.</summary>
    /// <remarks>Kinds: <c>¶</c> paragraph, <c>s</c> sentence, <c>w</c> word, <c>p</c> punctuation, <c>_</c> white space.</remarks>
    public static string Render(string text, IEnumerable<Segment> segments) =>
        string.Join(" ", segments.Select(s => $"{Tag(s.Kind)}[{Escape(s.GetText(text))}]"));

    /// <summary>Joins the texts of the segments of one kind with <c>|</c>.</summary>
    public static string Texts(string text, IEnumerable<Segment> segments, SegmentKind kind) =>
        string.Join("|", segments.Where(s => s.Kind == kind).Select(s => s.GetText(text)));

    private static HashSet<int> TextElementStarts(string text)
    {
        var starts = new HashSet<int> { text.Length };
        var position = 0;
        while (position < text.Length)
        {
            starts.Add(position);
            position += StringInfo.GetNextTextElementLength(text.AsSpan(position));
        }

        return starts;
    }

    private static string Tag(SegmentKind kind) => kind switch
    {
        SegmentKind.Paragraph => "¶",
        SegmentKind.Sentence => "s",
        SegmentKind.Word => "w",
        SegmentKind.Punctuation => "p",
        _ => "_",
    };

    private static string Escape(string text) => text.Replace("\r", @"\r").Replace("\n", @"\n").Replace("\t", @"\t");
}
