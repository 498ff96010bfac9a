using ArticleRevisions.Text;

namespace ArticleRevisions.Diffing;

/// <summary>Counts sentences and paragraphs as the engine meets them; words are counted from the final spans.</summary>
internal sealed class StatisticsCounter
{
    public int SentencesAdded { get; set; }

    public int SentencesRemoved { get; set; }

    public int SentencesChanged { get; set; }

    public int SentencesMoved { get; set; }

    public int ParagraphsAdded { get; set; }

    public int ParagraphsRemoved { get; set; }

    public int ParagraphsChanged { get; set; }

    public int ParagraphsMoved { get; set; }

    public void Added(UnitLevel level, string text, Segment segment)
    {
        if (level == UnitLevel.Paragraph)
        {
            ParagraphsAdded++;
            SentencesAdded += CountSentences(text, segment);
        }
        else if (level == UnitLevel.Sentence)
        {
            SentencesAdded++;
        }
    }

    public void Removed(UnitLevel level, string text, Segment segment)
    {
        if (level == UnitLevel.Paragraph)
        {
            ParagraphsRemoved++;
            SentencesRemoved += CountSentences(text, segment);
        }
        else if (level == UnitLevel.Sentence)
        {
            SentencesRemoved++;
        }
    }

    public void Changed(UnitLevel level)
    {
        if (level == UnitLevel.Paragraph)
        {
            ParagraphsChanged++;
        }
        else if (level == UnitLevel.Sentence)
        {
            SentencesChanged++;
        }
    }

    /// <summary>Turns a deletion and an insertion at <paramref name="level"/> into one move.</summary>
    public void Moved(UnitLevel level, string oldText, Segment from, string newText, Segment to)
    {
        if (level == UnitLevel.Paragraph)
        {
            ParagraphsRemoved--;
            ParagraphsAdded--;
            ParagraphsMoved++;
            SentencesRemoved -= CountSentences(oldText, from);
            SentencesAdded -= CountSentences(newText, to);
        }
        else
        {
            SentencesRemoved--;
            SentencesAdded--;
            SentencesMoved++;
        }
    }

    public DiffStatistics ToStatistics(int wordsAdded, int wordsRemoved) => new()
    {
        WordsAdded = wordsAdded,
        WordsRemoved = wordsRemoved,
        SentencesAdded = SentencesAdded,
        SentencesRemoved = SentencesRemoved,
        SentencesChanged = SentencesChanged,
        SentencesMoved = SentencesMoved,
        ParagraphsAdded = ParagraphsAdded,
        ParagraphsRemoved = ParagraphsRemoved,
        ParagraphsChanged = ParagraphsChanged,
        ParagraphsMoved = ParagraphsMoved,
    };

    private static int CountSentences(string text, Segment segment) =>
        TextSegmenter.SplitSentences(text, segment.Start, segment.Length).Count(s => s.Kind == SegmentKind.Sentence);
}
