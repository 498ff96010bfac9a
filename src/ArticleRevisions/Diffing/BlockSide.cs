using ArticleRevisions.Text;

namespace ArticleRevisions.Diffing;

/// <summary>
/// One side of a changed block cut into words, marks and white space, each word and mark knowing the sentence and
/// paragraph it belongs to, so the block can be aligned word by word across unit boundaries and the units counted
/// from that alignment.
/// </summary>
/// <remarks>
/// One walk fills the same two sides for every block it aligns (<see cref="Fill"/>), so their lists keep their
/// capacity from block to block instead of growing anew for each.
/// </remarks>
internal sealed class BlockSide
{
    private readonly List<Segment> segments = [];
    private readonly List<int> tokens = [];
    private readonly List<int> sentenceOfToken = [];
    private readonly List<int> paragraphOfToken = [];
    private readonly List<int> paragraphOfSentence = [];
    private readonly List<int> sentenceAt = [];
    private readonly List<int> paragraphAt = [];
    private readonly List<Unit> sentences = [];
    private readonly List<Unit> paragraphs = [];
    private readonly List<Segment> scratchSentences = [];
    private readonly List<Segment> scratchParagraphs = [];

    /// <summary>Cuts a block's units into words, marks and white space, forgetting any block filled before.</summary>
    /// <param name="text">The whole text the units lie in.</param>
    /// <param name="level">Whether <paramref name="units"/> are paragraphs or sentences.</param>
    /// <param name="units">The block's units and the white space between them, in order.</param>
    /// <returns>This side.</returns>
    public BlockSide Fill(string text, UnitLevel level, Segment[] units)
    {
        Text = text;
        segments.Clear();
        tokens.Clear();
        sentenceOfToken.Clear();
        paragraphOfToken.Clear();
        paragraphOfSentence.Clear();
        sentenceAt.Clear();
        paragraphAt.Clear();
        sentences.Clear();
        paragraphs.Clear();
        foreach (var unit in units)
        {
            if (unit.Kind == SegmentKind.Whitespace)
            {
                Add(unit, -1, -1);
            }
            else if (level == UnitLevel.Paragraph)
            {
                var first = segments.Count;
                var firstSentence = sentences.Count;
                scratchSentences.Clear();
                TextSegmenter.SplitSentences(text, unit.Start, unit.End, scratchParagraphs, scratchSentences);
                foreach (var sentence in scratchSentences)
                {
                    if (sentence.Kind == SegmentKind.Whitespace)
                    {
                        Add(sentence, -1, paragraphs.Count);
                    }
                    else
                    {
                        AddSentence(sentence, paragraphs.Count);
                    }
                }

                paragraphs.Add(new Unit(unit, first, segments.Count, firstSentence, sentences.Count));
            }
            else
            {
                AddSentence(unit, -1);
            }
        }

        return this;
    }

    /// <summary>Gets the text the segments lie in.</summary>
    public string Text { get; private set; } = string.Empty;

    /// <summary>Gets the words, marks and white space of the block, in text order; no two white-space segments are adjacent.</summary>
    public IReadOnlyList<Segment> Segments => segments;

    /// <summary>Gets the indexes in <see cref="Segments"/> of the words and marks (the tokens), in order.</summary>
    public IReadOnlyList<int> Tokens => tokens;

    /// <summary>Gets the sentences, each with the range of segments it covers.</summary>
    public IReadOnlyList<Unit> Sentences => sentences;

    /// <summary>Gets the paragraphs, each with the range of segments and sentences it covers; empty for a block of sentences.</summary>
    public IReadOnlyList<Unit> Paragraphs => paragraphs;

    /// <summary>Gets the sentence token <paramref name="token"/> belongs to.</summary>
    public int SentenceOf(int token) => sentenceOfToken[token];

    /// <summary>Gets the paragraph token <paramref name="token"/> belongs to, or -1 in a block of sentences.</summary>
    public int ParagraphOf(int token) => paragraphOfToken[token];

    /// <summary>Gets the paragraph sentence <paramref name="sentence"/> belongs to, or -1 in a block of sentences.</summary>
    public int ParagraphOfSentence(int sentence) => paragraphOfSentence[sentence];

    /// <summary>Gets the sentence segment <paramref name="segment"/> lies in, or -1 for white space between sentences.</summary>
    public int SentenceAt(int segment) => sentenceAt[segment];

    /// <summary>Gets the paragraph segment <paramref name="segment"/> lies in, or -1 for white space between paragraphs (or in a block of sentences).</summary>
    public int ParagraphAt(int segment) => paragraphAt[segment];

    private void Add(Segment segment, int sentence, int paragraph)
    {
        segments.Add(segment);
        sentenceAt.Add(sentence);
        paragraphAt.Add(paragraph);
    }

    private void AddSentence(Segment sentence, int paragraph)
    {
        var first = segments.Count;
        WordScanner.Split(Text, sentence.Start, sentence.End, segments);
        for (var k = first; k < segments.Count; k++)
        {
            sentenceAt.Add(sentences.Count);
            paragraphAt.Add(paragraph);
            if (segments[k].Kind != SegmentKind.Whitespace)
            {
                tokens.Add(k);
                sentenceOfToken.Add(sentences.Count);
                paragraphOfToken.Add(paragraph);
            }
        }

        sentences.Add(new Unit(sentence, first, segments.Count, -1, -1));
        paragraphOfSentence.Add(paragraph);
    }

    /// <summary>A sentence or paragraph of the block.</summary>
    /// <param name="Segment">Where it lies in the text.</param>
    /// <param name="FirstSegment">The index of its first segment in <see cref="Segments"/>.</param>
    /// <param name="EndSegment">The index just past its last segment.</param>
    /// <param name="FirstSentence">For a paragraph, the index of its first sentence; otherwise -1.</param>
    /// <param name="EndSentence">For a paragraph, the index just past its last sentence; otherwise -1.</param>
    public readonly record struct Unit(Segment Segment, int FirstSegment, int EndSegment, int FirstSentence, int EndSentence);
}
