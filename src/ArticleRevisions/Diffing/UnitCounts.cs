using ArticleRevisions.Text;

namespace ArticleRevisions.Diffing;

/// <summary>
/// Counts sentences and paragraphs as the engine meets them, each step returning new counts; words are counted
/// later, from the finished spans.
/// </summary>
internal static class UnitCounts
{
    public static DiffStatistics Added(DiffStatistics counts, UnitLevel level, string text, Segment segment) => level switch
    {
        UnitLevel.Paragraph => counts with { ParagraphsAdded = counts.ParagraphsAdded + 1, SentencesAdded = counts.SentencesAdded + Sentences(text, segment) },
        UnitLevel.Sentence => counts with { SentencesAdded = counts.SentencesAdded + 1 },
        _ => counts,
    };

    public static DiffStatistics Removed(DiffStatistics counts, UnitLevel level, string text, Segment segment) => level switch
    {
        UnitLevel.Paragraph => counts with { ParagraphsRemoved = counts.ParagraphsRemoved + 1, SentencesRemoved = counts.SentencesRemoved + Sentences(text, segment) },
        UnitLevel.Sentence => counts with { SentencesRemoved = counts.SentencesRemoved + 1 },
        _ => counts,
    };

    public static DiffStatistics Changed(DiffStatistics counts, UnitLevel level) => level switch
    {
        UnitLevel.Paragraph => counts with { ParagraphsChanged = counts.ParagraphsChanged + 1 },
        UnitLevel.Sentence => counts with { SentencesChanged = counts.SentencesChanged + 1 },
        _ => counts,
    };

    /// <summary>Turns a deletion and an insertion at <paramref name="level"/> into one move.</summary>
    public static DiffStatistics Moved(DiffStatistics counts, UnitLevel level, string oldText, Segment from, string newText, Segment to) => level switch
    {
        UnitLevel.Paragraph => counts with
        {
            ParagraphsRemoved = counts.ParagraphsRemoved - 1,
            ParagraphsAdded = counts.ParagraphsAdded - 1,
            ParagraphsMoved = counts.ParagraphsMoved + 1,
            SentencesRemoved = counts.SentencesRemoved - Sentences(oldText, from),
            SentencesAdded = counts.SentencesAdded - Sentences(newText, to),
        },
        _ => counts with
        {
            SentencesRemoved = counts.SentencesRemoved - 1,
            SentencesAdded = counts.SentencesAdded - 1,
            SentencesMoved = counts.SentencesMoved + 1,
        },
    };

    /// <summary>Counts the sentences of a unit as <see cref="TextSegmenter.SplitSentences(string, int, int)"/> cuts them.</summary>
    /// <remarks>
    /// A rewrite has thousands of unpaired paragraphs, each counted here: the cut is made into lists kept for the
    /// thread, so counting allocates nothing (a list per paragraph was most of the cost, rw16's profile).
    /// </remarks>
    internal static int Sentences(string text, Segment segment)
    {
        var paragraphs = scratchParagraphs ??= [];
        var sentences = scratchSentences ??= [];
        sentences.Clear();
        TextSegmenter.SplitSentences(text, segment.Start, segment.End, paragraphs, sentences);
        var count = 0;
        foreach (var piece in sentences)
        {
            count += piece.Kind == SegmentKind.Sentence ? 1 : 0;
        }

        return count;
    }

    [ThreadStatic]
    private static List<Segment>? scratchParagraphs;

    [ThreadStatic]
    private static List<Segment>? scratchSentences;
}
