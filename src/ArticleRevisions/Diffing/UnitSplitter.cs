using System.Runtime.InteropServices;
using ArticleRevisions.Text;

namespace ArticleRevisions.Diffing;

/// <summary>Cuts text into the units of each level the engine compares: paragraphs, sentences, words, characters.</summary>
internal static class UnitSplitter
{
    /// <summary>
    /// The paragraphs of a text as the engine compares them. A line of text written one paragraph a line that
    /// breaks off mid-sentence (it does not end with a full stop or the like, and the next line starts in lower
    /// case) runs on into the next line: it is one hard-wrapped paragraph, so re-wrapping it changes white space
    /// only, and no line of it can become an anchor that words cannot cross. When white space is ignored, any
    /// single line break joins lines, so re-wrapping a paragraph changes nothing.
    /// </summary>
    public static IReadOnlyList<Segment> Paragraphs(string text, bool ignoreWhitespace)
    {
        var paragraphs = TextSegmenter.ParagraphList(text);
        ChunkedList<Segment>? joined = null;
        for (var k = 0; k < paragraphs.Count; k++)
        {
            var segment = paragraphs[k];
            var last = joined is null ? (k > 0 ? paragraphs[k - 1] : default) : joined.Count > 0 ? joined[^1] : default;
            if (segment.Kind == SegmentKind.Whitespace
                && k > 0 && last.Kind == SegmentKind.Paragraph && last.Length > 0
                && k + 1 < paragraphs.Count && paragraphs[k + 1].Kind == SegmentKind.Paragraph
                && LineBreaks(text, segment) <= 1
                && (ignoreWhitespace || (!EndsSentence(text, last) && StartsInLowerCase(text, paragraphs[k + 1]))))
            {
                joined ??= Copy(paragraphs, k);
                joined[^1] = last with { Length = paragraphs[k + 1].End - last.Start };
                k++;
                continue;
            }

            joined?.Add(segment);
        }

        return joined ?? paragraphs;
    }

    private static ChunkedList<Segment> Copy(ChunkedList<Segment> segments, int count)
    {
        var copy = new ChunkedList<Segment>();
        for (var k = 0; k < count; k++)
        {
            copy.Add(segments[k]);
        }

        return copy;
    }

    private static bool EndsSentence(string text, Segment paragraph)
    {
        var k = paragraph.End - 1;
        while (k > paragraph.Start && text[k] is '"' or '\'' or ')' or ']' or '»' or '”' or '’')
        {
            k--;
        }

        return text[k] is '.' or '!' or '?' or '…' or ':' or ';' or '。';
    }

    private static bool StartsInLowerCase(string text, Segment paragraph) => char.IsLower(text[paragraph.Start]);

    /// <summary>Cuts a paragraph into sentences, or a sentence into words (the levels below a paragraph).</summary>
    public static IReadOnlyList<Segment> Below(UnitLevel level, string text, Segment range) => level == UnitLevel.Sentence
        ? TextSegmenter.SplitSentences(text, range.Start, range.Length)
        : TextSegmenter.SplitWords(text, range.Start, range.Length);

    /// <summary>Cuts [<paramref name="start"/>, <paramref name="end"/>) into text elements, the character level's units.</summary>
    public static Segment[] Characters(string text, int start, int end)
    {
        var elements = new List<Segment>();
        for (var i = start; i < end;)
        {
            var length = TextElements.LengthAt(text, i, end);
            elements.Add(new Segment(SegmentKind.Word, i, length));
            i += length;
        }

        return [.. elements];
    }

    /// <summary>Copies <paramref name="count"/> of <paramref name="segments"/> from <paramref name="start"/>; an empty slice is the one empty array.</summary>
    public static Segment[] Slice(IReadOnlyList<Segment> segments, int start, int count)
    {
        if (count == 0)
        {
            return [];
        }

        var slice = new Segment[count];
        if (segments is List<Segment> list)
        {
            CollectionsMarshal.AsSpan(list).Slice(start, count).CopyTo(slice);
            return slice;
        }

        for (var k = 0; k < count; k++)
        {
            slice[k] = segments[start + k];
        }

        return slice;
    }

    /// <summary>Where the last of <paramref name="segments"/> ends, or 0 when there are none.</summary>
    public static int End(IReadOnlyList<Segment> segments) => segments.Count > 0 ? segments[^1].End : 0;

    private static int LineBreaks(string text, Segment segment)
    {
        var count = 0;
        for (var i = segment.Start; i < segment.End; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == segment.End || text[i + 1] != '\n')) || text[i] is '\u2028' or '\u2029')
            {
                count++;
            }
        }

        return count;
    }
}
