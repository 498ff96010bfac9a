using ArticleRevisions.Text;

namespace ArticleRevisions.Provenance;

/// <summary>
/// One revision's text cut up as a provenance walk needs it: its words and marks (<see cref="TokenTable"/>), and its
/// sentences with their keys. The next revision's layout is made from this one, cutting again only the paragraphs an
/// edit touched.
/// </summary>
/// <remarks>
/// <para>
/// A walk step used to cut the whole text into words and sentences and normalise every sentence into its key, which
/// cost more than the step's diff. Sentences never reach across a paragraph (the sentence scanner is given one
/// paragraph at a time), nor do words (a paragraph begins and ends with a character that is not white space, and
/// white space ends every token but white space), so a paragraph whose text is unchanged has the same words,
/// sentences and keys as before, moved by an offset. Paragraphs are found afresh in every text (a scan for line
/// breaks, many characters at a time), since whether blank lines separate them is a property of the whole text.
/// </para>
/// <para>The result is exactly that of cutting the whole text; the provenance tests compare the two.</para>
/// </remarks>
internal sealed class TextLayout
{
    private readonly Segment[] paragraphs;
    private readonly (TokenChunk Tokens, int FirstSentence, int EndSentence)[] within;

    private TextLayout(string text, TokenTable tokens, Segment[] sentences, string[] keys, Segment[] paragraphs, (TokenChunk, int, int)[] within)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Keys = keys;
        this.paragraphs = paragraphs;
        this.within = within;
    }

    public string Text { get; }

    /// <summary>Gets the words, marks and white space of the text.</summary>
    public TokenTable Tokens { get; }

    /// <summary>Gets the sentences of the text (<see cref="SegmentKind.Sentence"/> segments only), in order.</summary>
    public Segment[] Sentences { get; }

    /// <summary>Gets the key of each sentence, by the walk's normaliser.</summary>
    public string[] Keys { get; }

    /// <summary>Cuts <paramref name="text"/> up from scratch.</summary>
    public static TextLayout Of(string text, KeyNormalizer keys) => Build(text, keys, null, null);

    /// <summary>Cuts up the next revision's <paramref name="text"/>, reusing this layout's paragraphs that it carries unchanged.</summary>
    /// <param name="text">The next revision's text.</param>
    /// <param name="map">For each character of <paramref name="text"/>, the character of this text it continues, or -1.</param>
    /// <param name="keys">The walk's normaliser (the one this layout was made with).</param>
    public TextLayout Next(string text, CharacterMap map, KeyNormalizer keys) => Build(text, keys, this, map);

    private static TextLayout Build(string text, KeyNormalizer keys, TextLayout? previous, CharacterMap? map)
    {
        var cut = new List<Segment>();
        ParagraphScanner.Split(text, 0, text.Length, cut);
        var paragraphs = new List<Segment>(cut.Count);
        var within = new List<(TokenChunk, int, int)>(cut.Count);
        var chunks = new List<TokenChunk>(cut.Count);
        var offsets = new List<int>(cut.Count);
        var sentences = new List<Segment>(previous?.Sentences.Length ?? 16);
        var sentenceKeys = new List<string>(previous?.Sentences.Length ?? 16);
        var scanned = new List<Segment>();
        foreach (var segment in cut)
        {
            offsets.Add(segment.Start);
            if (segment.Kind != SegmentKind.Paragraph)
            {
                chunks.Add(TokenChunk.Of(text, segment.Start, segment.End));
                continue;
            }

            paragraphs.Add(segment);
            var firstSentence = sentences.Count;
            var same = previous is null ? -1 : previous.Unchanged(segment, text, map!);
            TokenChunk chunk;
            if (same >= 0)
            {
                chunk = previous!.CopyParagraph(same, segment.Start, sentences, sentenceKeys);
            }
            else
            {
                chunk = TokenChunk.Of(text, segment.Start, segment.End);
                scanned.Clear();
                SentenceScanner.Split(text, segment.Start, segment.End, scanned);
                foreach (var sentence in scanned)
                {
                    if (sentence.Kind == SegmentKind.Sentence)
                    {
                        sentences.Add(sentence);
                        sentenceKeys.Add(keys.Key(text, sentence.Start, sentence.Length));
                    }
                }
            }

            chunks.Add(chunk);
            within.Add((chunk, firstSentence, sentences.Count));
        }

        if (chunks.Count == 0)
        {
            (chunks, offsets) = ([TokenChunk.Of(text, 0, 0)], [0]);
        }

        return new TextLayout(text, new TokenTable([.. chunks], [.. offsets]), [.. sentences], [.. sentenceKeys], [.. paragraphs], [.. within]);
    }

    /// <summary>The index of this layout's paragraph that <paramref name="paragraph"/> of the next text carries unchanged, or -1.</summary>
    private int Unchanged(Segment paragraph, string text, CharacterMap map)
    {
        var old = map[paragraph.Start];
        if (old < 0)
        {
            return -1;
        }

        var p = Array.BinarySearch(paragraphs, new Segment(SegmentKind.Paragraph, old, 0), StartOrder.Instance);
        return p >= 0
            && paragraphs[p].Length == paragraph.Length
            && Text.AsSpan(old, paragraph.Length).SequenceEqual(text.AsSpan(paragraph.Start, paragraph.Length))
            ? p
            : -1;
    }

    /// <summary>Copies paragraph <paramref name="p"/>'s sentences to where it now starts, and gives its tokens, which need no copy.</summary>
    private TokenChunk CopyParagraph(int p, int newStart, List<Segment> sentences, List<string> sentenceKeys)
    {
        var shift = newStart - paragraphs[p].Start;
        var (tokens, firstSentence, endSentence) = within[p];

        for (var s = firstSentence; s < endSentence; s++)
        {
            var sentence = Sentences[s];
            sentences.Add(new Segment(SegmentKind.Sentence, sentence.Start + shift, sentence.Length));
            sentenceKeys.Add(Keys[s]);
        }

        return tokens;
    }

    /// <summary>Orders segments by where they start (paragraphs never share a start).</summary>
    private sealed class StartOrder : IComparer<Segment>
    {
        public static readonly StartOrder Instance = new();

        public int Compare(Segment x, Segment y) => x.Start.CompareTo(y.Start);
    }
}
