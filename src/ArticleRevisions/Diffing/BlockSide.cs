using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using ArticleRevisions.Text;

namespace ArticleRevisions.Diffing;

/// <summary>
/// One side of a changed block cut into words, marks and white space, each word and mark knowing the sentence and
/// paragraph it belongs to, so the block can be aligned word by word across unit boundaries and the units counted
/// from that alignment.
/// </summary>
/// <remarks>
/// <para>
/// A side is filled in two steps: <see cref="Cut"/> cuts the block's units into sentences and the white space
/// between them (its pieces); <see cref="Fill(int, int)"/> then cuts a run of those pieces into words and marks. Filling only
/// the pieces between the two sides' common leading and trailing sentences (<see cref="CommonEnds"/>) lets the
/// word alignment work on the edited sentences alone.
/// </para>
/// <para>
/// One walk fills the same two sides for every block it aligns, so their lists keep their capacity from block to
/// block instead of growing anew for each.
/// </para>
/// </remarks>
internal sealed class BlockSide
{
    private readonly List<Piece> pieces = [];
    private readonly List<Segment> paragraphUnits = [];
    private readonly List<Segment> segments = [];
    private readonly List<int> tokens = [];
    private readonly List<int> paragraphOfSentence = [];
    // Per segment, the first segments.Count entries.
    private int[] sentenceAt = new int[128];
    private int[] paragraphAt = new int[128];
    private readonly List<Unit> sentences = [];
    private readonly List<Unit> paragraphs = [];
    private readonly List<Segment> scratchParagraphs = [];
    private readonly List<Segment> scratchSentences = [];
    // Per token, kept in arrays (the first tokens.Count entries) so the alignment's passes read them as spans.
    private int[] sentenceOfToken = new int[64];
    private int[] paragraphOfToken = new int[64];
    private bool[] isWord = new bool[64];
    private int[] codes = [];
    private long[] weights = [];
    private int[] saved = [];
    private int[] partners = [];
    private int[] unitScratch = [];
    private int[] groupParents = [];
    private bool[] groupChanged = [];
    private bool[] whole = [];

    /// <summary>Cuts a block's units into sentences and white space, forgetting any block cut before.</summary>
    /// <param name="text">The whole text the units lie in.</param>
    /// <param name="level">Whether <paramref name="units"/> are paragraphs or sentences.</param>
    /// <param name="units">The block's units and the white space between them, in order.</param>
    /// <returns>This side.</returns>
    public BlockSide Cut(string text, UnitLevel level, Segment[] units)
    {
        Text = text;
        pieces.Clear();
        paragraphUnits.Clear();
        foreach (var unit in units)
        {
            if (unit.Kind == SegmentKind.Whitespace)
            {
                pieces.Add(new Piece(unit, -1));
            }
            else if (level == UnitLevel.Paragraph)
            {
                var paragraph = paragraphUnits.Count;
                paragraphUnits.Add(unit);
                scratchSentences.Clear();
                if (HasLineBreak(text, unit))
                {
                    TextSegmenter.SplitSentences(text, unit.Start, unit.End, scratchParagraphs, scratchSentences);
                }
                else
                {
                    // A paragraph starts and ends with a text element that is not white space, so a range of one
                    // line cut into paragraphs gives itself back: its sentences are cut straight away.
                    SentenceScanner.Split(text, unit.Start, unit.End, scratchSentences);
                }
                foreach (var sentence in scratchSentences)
                {
                    pieces.Add(new Piece(sentence, paragraph));
                }
            }
            else
            {
                pieces.Add(new Piece(unit, -1));
            }
        }

        return this;
    }

    /// <summary>Tells whether <paramref name="unit"/> holds a line break (<see cref="CharacterClassifier.IsLineBreak"/>).</summary>
    /// <remarks>Eight characters are tested at once for all of them: one pass instead of a search for each kind.</remarks>
    private static bool HasLineBreak(string text, Segment unit)
    {
        var (position, end) = (unit.Start, unit.End);
        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan(0, end)));
        for (; end - position >= Vector128<ushort>.Count; position += Vector128<ushort>.Count)
        {
            var chars = Vector128.LoadUnsafe(ref first, (nuint)position);

            // LF, VT, FF, CR are '\n' to '\n' + 3 and the line and paragraph separators U+2028 and U+2029: an unsigned
            // difference past its range saturates to a non-zero lane.
            var breaks = Vector128.Equals(Vector128.SubtractSaturate(chars - Vector128.Create((ushort)'\n'), Vector128.Create((ushort)3)), Vector128<ushort>.Zero)
                | Vector128.Equals(chars, Vector128.Create((ushort)'\u0085'))
                | Vector128.Equals(Vector128.SubtractSaturate(chars - Vector128.Create((ushort)'\u2028'), Vector128.Create((ushort)1)), Vector128<ushort>.Zero);
            if (breaks != Vector128<ushort>.Zero)
            {
                return true;
            }
        }

        for (; position < end; position++)
        {
            if (CharacterClassifier.IsLineBreak(text[position]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets how many pieces (sentences and the white space between them) <see cref="Cut"/> gave.</summary>
    public int PieceCount => pieces.Count;

    /// <summary>Cuts all the pieces into words, marks and white space.</summary>
    /// <returns>This side.</returns>
    public BlockSide Fill() => Fill(0, pieces.Count);

    /// <summary>Cuts pieces [<paramref name="from"/>, <paramref name="to"/>) into words, marks and white space, forgetting any filled before.</summary>
    /// <remarks>
    /// Sentences and paragraphs are numbered from the first filled; a paragraph only partly filled gets the
    /// stretch filled as its segment (<see cref="StartsInParagraph"/>, <see cref="EndsInParagraph"/>).
    /// </remarks>
    /// <returns>This side.</returns>
    public BlockSide Fill(int from, int to)
    {
        segments.Clear();
        tokens.Clear();
        paragraphOfSentence.Clear();
        sentences.Clear();
        paragraphs.Clear();
        StartsInParagraph = from > 0 && from < to && pieces[from].Paragraph >= 0 && pieces[from - 1].Paragraph == pieces[from].Paragraph;
        EndsInParagraph = to < pieces.Count && from < to && pieces[to - 1].Paragraph >= 0 && pieces[to].Paragraph == pieces[to - 1].Paragraph;
        var (firstFilled, lastFilled) = (SentencePiece(from, to, 1), SentencePiece(to - 1, from - 1, -1));
        var (before, after) = (SentencePiece(from - 1, -1, -1), SentencePiece(to, pieces.Count, 1));
        ParagraphBreakBefore = before < 0 || firstFilled < 0 || pieces[before].Paragraph != pieces[firstFilled].Paragraph;
        ParagraphBreakAfter = after < 0 || lastFilled < 0 || pieces[after].Paragraph != pieces[lastFilled].Paragraph;
        int open = -1, firstSegment = 0, firstSentence = 0, firstPiece = 0;
        for (var k = from; k < to; k++)
        {
            var piece = pieces[k];
            if (piece.Paragraph != open && open >= 0)
            {
                CloseParagraph(open, firstSegment, firstSentence, firstPiece, k);
            }

            if (piece.Paragraph >= 0 && piece.Paragraph != open)
            {
                (firstSegment, firstSentence, firstPiece) = (segments.Count, sentences.Count, k);
            }

            open = piece.Paragraph;
            var paragraph = open >= 0 ? paragraphs.Count : -1;
            if (piece.Segment.Kind == SegmentKind.Whitespace)
            {
                segments.Add(piece.Segment);
                RoomForSegments();
                sentenceAt[segments.Count - 1] = -1;
                paragraphAt[segments.Count - 1] = paragraph;
            }
            else
            {
                AddSentence(piece.Segment, paragraph);
            }
        }

        if (open >= 0)
        {
            CloseParagraph(open, firstSegment, firstSentence, firstPiece, to);
        }

        return this;
    }

    /// <summary>The first sentence piece from <paramref name="k"/> towards <paramref name="stop"/> (excluded) by <paramref name="step"/>, or -1.</summary>
    private int SentencePiece(int k, int stop, int step)
    {
        for (; k != stop; k += step)
        {
            if (pieces[k].Segment.Kind != SegmentKind.Whitespace)
            {
                return k;
            }
        }

        return -1;
    }

    private void CloseParagraph(int paragraph, int firstSegment, int firstSentence, int firstPiece, int endPiece)
    {
        var whole = paragraphUnits[paragraph];
        var segment = (firstPiece > 0 && pieces[firstPiece - 1].Paragraph == paragraph) || (endPiece < pieces.Count && pieces[endPiece].Paragraph == paragraph)
            ? new Segment(whole.Kind, pieces[firstPiece].Segment.Start, pieces[endPiece - 1].Segment.End - pieces[firstPiece].Segment.Start)
            : whole;
        paragraphs.Add(new Unit(segment, firstSegment, segments.Count, firstSentence, sentences.Count));
    }

    /// <summary>
    /// Finds the pieces two sides have in common at their ends, sentences and the white space after (or before)
    /// them alike, text for text, and in the same paragraphs: the longest such run from the start, then from the
    /// end among the pieces left, each ending (or starting) with white space so what lies between starts and ends
    /// with a sentence on both sides.
    /// </summary>
    /// <returns>How many pieces the two sides share at the start and at the end; both 0 when fewer than one sentence of each side would be left between them.</returns>
    public static (int Start, int End) CommonEnds(BlockSide a, BlockSide b)
    {
        int n = a.pieces.Count, m = b.pieces.Count;
        int start = 0, cutStart = 0;
        while (start < n && start < m && Same(a, a.pieces[start], b, b.pieces[start]))
        {
            start++;
            cutStart = a.pieces[start - 1].Segment.Kind == SegmentKind.Whitespace ? start : cutStart;
        }

        int end = 0, cutEnd = 0;
        while (end < n - cutStart && end < m - cutStart && Same(a, a.pieces[n - 1 - end], b, b.pieces[m - 1 - end]))
        {
            end++;
            cutEnd = a.pieces[n - end].Segment.Kind == SegmentKind.Whitespace ? end : cutEnd;
        }

        return !a.HasSentence(cutStart, n - cutEnd) || !b.HasSentence(cutStart, m - cutEnd) ? (0, 0) : (cutStart, cutEnd);
    }

    /// <summary>Gets where piece <paramref name="k"/> starts in the text; the end of the last piece when <paramref name="k"/> is the piece count.</summary>
    public int PieceStart(int k) => k < pieces.Count ? pieces[k].Segment.Start : pieces[^1].Segment.End;

    /// <summary>Gets how many of the filled tokens start before <paramref name="position"/> in the text.</summary>
    public int TokensBefore(int position)
    {
        var count = 0;
        while (count < tokens.Count && segments[tokens[count]].Start < position)
        {
            count++;
        }

        return count;
    }

    /// <summary>Gets where the pieces end in the text.</summary>
    public int PiecesEnd => pieces[^1].Segment.End;

    private bool HasSentence(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (pieces[k].Segment.Kind != SegmentKind.Whitespace)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Tells whether two pieces are the same text in the same place: white space between paragraphs on both sides
    /// or within one on both; sentences the same text, code unit for code unit, so they are cut into the same words
    /// and marks with the same keys. Paragraphs then start and end at the same pieces on both sides.
    /// </summary>
    private static bool Same(BlockSide a, Piece x, BlockSide b, Piece y) =>
        x.Segment.Kind == y.Segment.Kind
        && (x.Paragraph < 0) == (y.Paragraph < 0)
        && a.Text.AsSpan(x.Segment.Start, x.Segment.Length).SequenceEqual(b.Text.AsSpan(y.Segment.Start, y.Segment.Length));

    /// <summary>Gets the text the segments lie in.</summary>
    public string Text { get; private set; } = string.Empty;

    /// <summary>Gets whether the first paragraph filled starts in a piece left out before it (its start is not filled).</summary>
    public bool StartsInParagraph { get; private set; }

    /// <summary>Gets whether the last paragraph filled goes on in a piece left out after it (its end is not filled).</summary>
    public bool EndsInParagraph { get; private set; }

    /// <summary>
    /// Gets whether the whole block holds no token before the first one filled, or one in another paragraph: so
    /// whether, aligned whole, a run of tokens starting at the first filled one starts at a paragraph boundary
    /// (tokens of a block of sentences are all in one, -1). A sentence boundary is always there.
    /// </summary>
    public bool ParagraphBreakBefore { get; private set; } = true;

    /// <summary>Gets whether the whole block holds no token after the last one filled, or one in another paragraph (see <see cref="ParagraphBreakBefore"/>).</summary>
    public bool ParagraphBreakAfter { get; private set; } = true;

    /// <summary>Gets the words, marks and white space of the block, in text order; no two white-space segments are adjacent.</summary>
    public IReadOnlyList<Segment> Segments => segments;

    /// <summary>Gets the indexes in <see cref="Segments"/> of the words and marks (the tokens), in order.</summary>
    public IReadOnlyList<int> Tokens => tokens;

    /// <summary>Gets <see cref="Segments"/> as a span, good until the side is filled again.</summary>
    public ReadOnlySpan<Segment> SegmentSpan => CollectionsMarshal.AsSpan(segments);

    /// <summary>Gets <see cref="Tokens"/> as a span, good until the side is filled again.</summary>
    public ReadOnlySpan<int> TokenSpan => CollectionsMarshal.AsSpan(tokens);

    /// <summary>Gets the sentences, each with the range of segments it covers.</summary>
    public IReadOnlyList<Unit> Sentences => sentences;

    /// <summary>Gets the paragraphs, each with the range of segments and sentences it covers; empty for a block of sentences.</summary>
    public IReadOnlyList<Unit> Paragraphs => paragraphs;

    /// <summary>Gets whether token <paramref name="token"/> is a word (not a mark).</summary>
    public bool IsWord(int token) => TokenIsWord[token];

    /// <summary>Gets, per filled token, whether it is a word (not a mark).</summary>
    public ReadOnlySpan<bool> TokenIsWord => isWord.AsSpan(0, tokens.Count);

    /// <summary>Gets, per filled token, the sentence it belongs to.</summary>
    public ReadOnlySpan<int> TokenSentences => sentenceOfToken.AsSpan(0, tokens.Count);

    /// <summary>Gets, per filled token, the paragraph it belongs to (-1 in a block of sentences).</summary>
    public ReadOnlySpan<int> TokenParagraphs => paragraphOfToken.AsSpan(0, tokens.Count);

    /// <summary>
    /// Gets arrays of at least one entry per filled token for the alignment of this side's block to write the
    /// tokens' codes and weights to; the same arrays from block to block while they are large enough.
    /// </summary>
    public (int[] Codes, long[] Weights) TokenArrays()
    {
        if (codes.Length < tokens.Count)
        {
            var size = Math.Max(tokens.Count, 2 * codes.Length);
            (codes, weights) = (new int[size], new long[size]);
        }

        return (codes, weights);
    }

    /// <summary>Gets an array of at least <paramref name="count"/> entries for the alignment of this side's block to write each token's partner in; the same array from block to block while large enough.</summary>
    public int[] PartnerArray(int count)
    {
        if (partners.Length < count)
        {
            partners = new int[Math.Max(count, 2 * partners.Length)];
        }

        return partners;
    }

    /// <summary>Gets an array of at least <paramref name="count"/> entries for the alignment to keep a copy of its partners in until the next block.</summary>
    public int[] SavedArray(int count)
    {
        if (saved.Length < count)
        {
            saved = new int[Math.Max(count, 2 * saved.Length)];
        }

        return saved;
    }

    /// <summary>Gets an array of at least <paramref name="count"/> entries, the first <paramref name="count"/> zero, for the alignment to count in per unit; the same array for every call while large enough, so one use ends where the next begins.</summary>
    public int[] UnitScratch(int count)
    {
        if (unitScratch.Length < count)
        {
            unitScratch = new int[Math.Max(count, 2 * unitScratch.Length)];
        }

        Array.Clear(unitScratch, 0, count);
        return unitScratch;
    }

    /// <summary>
    /// Gets arrays of at least <paramref name="count"/> entries for the alignment to link units in and mark changed
    /// groups, the first <paramref name="count"/> flags false; the same arrays for every call while large enough, so
    /// one use ends where the next begins.
    /// </summary>
    public (int[] Parents, bool[] Changed) GroupArrays(int count)
    {
        if (groupParents.Length < count)
        {
            var size = Math.Max(count, 2 * groupParents.Length);
            (groupParents, groupChanged) = (new int[size], new bool[size]);
        }
        else
        {
            Array.Clear(groupChanged, 0, count);
        }

        return (groupParents, groupChanged);
    }

    /// <summary>Gets an array of at least <paramref name="count"/> entries for the alignment of this side's block to mark its wholly removed (or added) units in; the same array from block to block while large enough.</summary>
    public bool[] WholeArray(int count)
    {
        if (whole.Length < count)
        {
            whole = new bool[Math.Max(count, 2 * whole.Length)];
        }

        return whole;
    }

    /// <summary>Gets the sentence token <paramref name="token"/> belongs to.</summary>
    public int SentenceOf(int token) => TokenSentences[token];

    /// <summary>Gets the paragraph token <paramref name="token"/> belongs to, or -1 in a block of sentences.</summary>
    public int ParagraphOf(int token) => TokenParagraphs[token];

    /// <summary>Gets the paragraph sentence <paramref name="sentence"/> belongs to, or -1 in a block of sentences.</summary>
    public int ParagraphOfSentence(int sentence) => paragraphOfSentence[sentence];

    /// <summary>Gets the sentence segment <paramref name="segment"/> lies in, or -1 for white space between sentences.</summary>
    public int SentenceAt(int segment) => sentenceAt.AsSpan(0, segments.Count)[segment];

    /// <summary>Gets the paragraph segment <paramref name="segment"/> lies in, or -1 for white space between paragraphs (or in a block of sentences).</summary>
    public int ParagraphAt(int segment) => paragraphAt.AsSpan(0, segments.Count)[segment];

    private void AddSentence(Segment sentence, int paragraph)
    {
        var first = segments.Count;
        WordScanner.Split(Text, sentence.Start, sentence.End, segments);
        RoomForSegments();
        var added = CollectionsMarshal.AsSpan(segments)[first..];
        var (sentenceNumber, token) = (sentences.Count, tokens.Count);
        if (token + added.Length > isWord.Length)
        {
            var size = Math.Max(token + added.Length, 2 * isWord.Length);
            Array.Resize(ref isWord, size);
            Array.Resize(ref sentenceOfToken, size);
            Array.Resize(ref paragraphOfToken, size);
        }

        sentenceAt.AsSpan(first, added.Length).Fill(sentenceNumber);
        paragraphAt.AsSpan(first, added.Length).Fill(paragraph);

        // Room for every segment as a token, written through spans, then cut back to the tokens written.
        CollectionsMarshal.SetCount(tokens, token + added.Length);
        var tokenAt = CollectionsMarshal.AsSpan(tokens);
        var words = isWord.AsSpan();
        var tokenSentences = sentenceOfToken.AsSpan();
        var tokenParagraphs = paragraphOfToken.AsSpan();
        for (var k = 0; k < added.Length; k++)
        {
            var kind = added[k].Kind;
            if (kind != SegmentKind.Whitespace)
            {
                tokenAt[token] = first + k;
                words[token] = kind == SegmentKind.Word;
                tokenSentences[token] = sentenceNumber;
                tokenParagraphs[token] = paragraph;
                token++;
            }
        }

        CollectionsMarshal.SetCount(tokens, token);

        sentences.Add(new Unit(sentence, first, segments.Count, -1, -1));
        paragraphOfSentence.Add(paragraph);
    }

    /// <summary>Makes the per-segment arrays as long as the segments.</summary>
    private void RoomForSegments()
    {
        if (segments.Count > sentenceAt.Length)
        {
            var size = Math.Max(segments.Count, 2 * sentenceAt.Length);
            Array.Resize(ref sentenceAt, size);
            Array.Resize(ref paragraphAt, size);
        }
    }

    /// <summary>A sentence, or the white space before or after one, and the paragraph of the block it lies in (-1 for white space between paragraphs, and in a block of sentences).</summary>
    private readonly record struct Piece(Segment Segment, int Paragraph);

    /// <summary>A sentence or paragraph of the block.</summary>
    /// <param name="Segment">Where it lies in the text.</param>
    /// <param name="FirstSegment">The index of its first segment in <see cref="Segments"/>.</param>
    /// <param name="EndSegment">The index just past its last segment.</param>
    /// <param name="FirstSentence">For a paragraph, the index of its first sentence; otherwise -1.</param>
    /// <param name="EndSentence">For a paragraph, the index just past its last sentence; otherwise -1.</param>
    public readonly record struct Unit(Segment Segment, int FirstSegment, int EndSegment, int FirstSentence, int EndSentence);
}
