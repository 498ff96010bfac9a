using ArticleRevisions.Text;

namespace ArticleRevisions.Diffing;

/// <summary>Cuts text into the units of each level the engine compares: paragraphs, sentences, words, characters.</summary>
internal static class UnitSplitter
{
    /// <summary>
    /// The paragraphs of a text. When white space is ignored, a single line break is white space too, so lines
    /// joined by one are one paragraph and re-wrapping a paragraph changes nothing.
    /// </summary>
    public static IReadOnlyList<Segment> Paragraphs(string text, bool ignoreWhitespace)
    {
        var paragraphs = TextSegmenter.SplitParagraphs(text);
        if (!ignoreWhitespace)
        {
            return paragraphs;
        }

        var joined = new List<Segment>(paragraphs.Count);
        for (var k = 0; k < paragraphs.Count; k++)
        {
            var segment = paragraphs[k];
            if (segment.Kind == SegmentKind.Whitespace
                && joined.Count > 0 && joined[^1].Kind == SegmentKind.Paragraph
                && k + 1 < paragraphs.Count && paragraphs[k + 1].Kind == SegmentKind.Paragraph
                && LineBreaks(text, segment) <= 1)
            {
                joined[^1] = joined[^1] with { Length = paragraphs[k + 1].End - joined[^1].Start };
                k++;
                continue;
            }

            joined.Add(segment);
        }

        return joined;
    }

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

    public static Segment[] Slice(IReadOnlyList<Segment> segments, int start, int count)
    {
        var slice = new Segment[count];
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
