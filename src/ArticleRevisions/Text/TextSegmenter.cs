using System.Collections.ObjectModel;

namespace ArticleRevisions.Text;

/// <summary>Cuts text into paragraphs, sentences or words, losing nothing: the segments put back together give the text again.</summary>
/// <remarks>
/// <para>
/// Every method returns segments that are non-empty, in order and contiguous, and that exactly cover the range
/// asked for: concatenating their texts gives back that range code unit for code unit. An empty range gives an
/// empty list. No boundary ever falls inside a text element (an extended grapheme cluster, as
/// <see cref="System.Globalization.StringInfo"/> defines it), so a surrogate pair, a CR LF, or a base character and
/// its combining marks are never split. Two <see cref="SegmentKind.Whitespace"/> segments are never adjacent.
/// Where a segment is said to begin or end with something that is not white space, that is judged by the first
/// character of the text element there: a prefix such as U+0600 forms one text element with whatever follows
/// it, a space included.
/// </para>
/// <para>
/// Line breaks are LF, CR LF, CR, VT, FF, NEL, U+2028 and U+2029. White space is what
/// <see cref="char.IsWhiteSpace(char)"/> says it is, plus the zero-width space and the byte-order mark.
/// </para>
/// <para>
/// Every method runs in time linear in the length of its range. The class is thread-safe and keeps no state a
/// caller can see; the lists it returns are read-only.
/// </para>
/// </remarks>
public static class TextSegmenter
{
    // Characters of text per paragraph segment (a paragraph or the white space after it) in a guess at a list's size.
    private const int ParagraphSpacing = 128;

    /// <summary>Cuts <paramref name="text"/> into paragraphs and the white space between and around them.</summary>
    /// <param name="text">The text.</param>
    /// <returns>
    /// <see cref="SegmentKind.Paragraph"/> segments, each beginning and ending with a character that is not white
    /// space, and <see cref="SegmentKind.Whitespace"/> segments holding everything else: line breaks, blank lines,
    /// indentation and trailing spaces, and any leading or trailing blank lines of the text.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <remarks>
    /// If a blank line (one that is empty or holds only white space) stands between two lines of text anywhere in
    /// <paramref name="text"/>, paragraphs are separated by blank lines, so a hard-wrapped paragraph spanning several
    /// lines stays one paragraph. Otherwise every line of text is a paragraph of its own. Leading and trailing blank
    /// lines do not choose between the two. Text holding only white space gives one
    /// <see cref="SegmentKind.Whitespace"/> segment.
    /// </remarks>
    public static IReadOnlyList<Segment> SplitParagraphs(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? ReadOnlyCollection<Segment>.Empty : new ReadOnlyCollection<Segment>(ParagraphList(text));
    }

    /// <summary>The segments <see cref="SplitParagraphs"/> returns, in the list they are cut into.</summary>
    /// <remarks>For the library's own passes over a whole text's paragraphs, so <see cref="Diffing.UnitSplitter"/> reads and copies it without the read-only wrapper.</remarks>
    internal static ChunkedList<Segment> ParagraphList(string text)
    {
        // Chunked: a large text's list would otherwise grow by doubling in the large-object heap. Sized from the
        // length (prose runs a paragraph and the blank line after it every few hundred characters), so the first
        // chunk of a large text does not double its way up to a whole one either.
        var output = new ChunkedList<Segment>(text.Length / ParagraphSpacing);
        ParagraphScanner.Split(text, 0, text.Length, output);
        return output;
    }

    /// <summary>Cuts the range of <paramref name="text"/> from <paramref name="start"/> into sentences and the white space between them.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where the range starts.</param>
    /// <param name="length">How many code units the range holds.</param>
    /// <returns>
    /// <see cref="SegmentKind.Sentence"/> segments, each beginning and ending with a character that is not white
    /// space, and <see cref="SegmentKind.Whitespace"/> segments between and around them.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or <paramref name="length"/> is negative, or the range reaches past the end of <paramref name="text"/>.</exception>
    /// <remarks>
    /// <para>
    /// A sentence ends after <c>.</c>, <c>!</c>, <c>?</c>, <c>…</c> or a run of them (<c>?!</c>, <c>!!!</c>),
    /// together with any closing quotes and brackets right after (<c>"Stop." Then</c> splits after the quote),
    /// when white space follows and the next word, past any opening quotes, brackets or dialogue dashes, can start
    /// a sentence. A word in lowercase never starts one (<c>etc. and</c>, <c>"Stop!" he said</c>). After an ellipsis
    /// only a capitalised word starts one. After a period the word before it is looked at: known English and
    /// Ukrainian abbreviations (<c>Mr.</c>, <c>Gen.</c>, <c>e.g.</c>, <c>No. 5</c>, <c>ген.</c>, <c>вул.</c>,
    /// <c>м. Київ</c>, <c>2025 р.</c>), initials (<c>J. R. R. Tolkien</c>, <c>В. Зеленський</c>) and <c>U.S.</c> do
    /// not end a sentence unless the next word is one that commonly starts one (<c>The</c>, <c>He</c>, <c>Це</c>),
    /// and neither does the number of a list item at the start of a sentence (<c>1.</c>, <c>IV.</c>).
    /// A period with no white space after it (<c>3.5</c>, <c>v2.0</c>, <c>example.com</c>,
    /// <c>t.me/GeneralStaffZSU</c>) never ends a sentence; the ideographic full stop <c>。</c> does.
    /// </para>
    /// <para>
    /// A line break that ends a paragraph, as <see cref="SplitParagraphs"/> would find it, is a boundary too; in
    /// text read in blank-line mode a single line break inside a hard-wrapped paragraph is not. To decide that for
    /// a range holding line breaks but no blank line, the whole text is read once, up to its first blank line; the
    /// answer is remembered for as long as that string lives, so splitting many ranges of one text stays linear.
    /// </para>
    /// </remarks>
    public static IReadOnlyList<Segment> SplitSentences(string text, int start, int length)
    {
        CheckRange(text, start, length);
        if (length == 0)
        {
            return ReadOnlyCollection<Segment>.Empty;
        }

        var paragraphs = new List<Segment>();
        var output = new List<Segment>();
        SplitSentences(text, start, start + length, paragraphs, output);
        return output.AsReadOnly();
    }

    /// <summary>Appends the sentences of [<paramref name="start"/>, <paramref name="end"/>) to <paramref name="output"/>, as <see cref="SplitSentences(string, int, int)"/> cuts them.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where the range starts.</param>
    /// <param name="end">Where the range ends.</param>
    /// <param name="paragraphs">A list to work in, cleared first; callers that split many ranges pass the same one.</param>
    /// <param name="output">Receives the segments, in order.</param>
    internal static void SplitSentences(string text, int start, int end, List<Segment> paragraphs, List<Segment> output)
    {
        paragraphs.Clear();
        ParagraphScanner.Split(text, start, end, paragraphs);
        output.EnsureCapacity(output.Count + paragraphs.Count * 2);
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Kind == SegmentKind.Paragraph)
            {
                SentenceScanner.Split(text, paragraph.Start, paragraph.End, output);
            }
            else
            {
                output.Add(paragraph);
            }
        }
    }

    /// <summary>Cuts all of <paramref name="text"/> into sentences and the white space between them.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The segments, as <see cref="SplitSentences(string, int, int)"/> describes them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <remarks>The rules are those of <see cref="SplitSentences(string, int, int)"/>, applied to the whole text.</remarks>
    public static IReadOnlyList<Segment> SplitSentences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SplitSentences(text, 0, text.Length);
    }

    /// <summary>Cuts the range of <paramref name="text"/> from <paramref name="start"/> into words, punctuation and white space.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where the range starts.</param>
    /// <param name="length">How many code units the range holds.</param>
    /// <returns>
    /// <see cref="SegmentKind.Word"/>, <see cref="SegmentKind.Punctuation"/> and <see cref="SegmentKind.Whitespace"/>
    /// segments.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or <paramref name="length"/> is negative, or the range reaches past the end of <paramref name="text"/>.</exception>
    /// <remarks>
    /// <para>
    /// A word is a run of letters, marks and digits, with inner apostrophes (' and ’) and hyphens (-, U+2010, U+2011
    /// and the soft hyphen) joining letters or digits (<c>don't</c>, <c>п'ять</c>, <c>Kyiv-controlled</c>,
    /// <c>2025-01-07</c>) and inner periods, commas
    /// and colons joining digits (<c>1,200.50</c>, <c>3.5</c>, <c>v2.0</c>, <c>10:30</c>). In scripts written
    /// without spaces (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar) each text element is a word of its own.
    /// </para>
    /// <para>
    /// Every other text element that is not white space (punctuation, symbols, emoji with their modifiers and
    /// joiners) is punctuation of its own, except that a run of the same punctuation character (<c>...</c>,
    /// <c>--</c>, <c>!!!</c>) is one segment. A run of white space, line breaks included, is one segment.
    /// </para>
    /// </remarks>
    public static IReadOnlyList<Segment> SplitWords(string text, int start, int length)
    {
        CheckRange(text, start, length);
        if (length == 0)
        {
            return ReadOnlyCollection<Segment>.Empty;
        }

        // About one segment for every three code units in English or Ukrainian prose; the list grows if not.
        var output = new List<Segment>(length / 3 + 1);
        WordScanner.Split(text, start, start + length, output);
        return output.AsReadOnly();
    }

    /// <summary>Cuts all of <paramref name="text"/> into words, punctuation and white space.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The segments, as <see cref="SplitWords(string, int, int)"/> describes them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <remarks>The rules are those of <see cref="SplitWords(string, int, int)"/>, applied to the whole text.</remarks>
    public static IReadOnlyList<Segment> SplitWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SplitWords(text, 0, text.Length);
    }

    private static void CheckRange(string text, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (start > text.Length - length)
        {
            throw new ArgumentOutOfRangeException(
                nameof(length),
                length,
                $"The range [{start}, {(long)start + length}) reaches past the end of a text of length {text.Length}.");
        }
    }
}
