using System.Text;
using ArticleRevisions.Text;
using CsCheck;

namespace ArticleRevisions.Tests.Diffing;

/// <summary>
/// Random prose for the diff-quality properties: paragraphs of sentences of words, laid out in different ways
/// (re-wrapped, split, joined, spaced), and pairs of texts with known word operations.
/// </summary>
/// <remarks>
/// A text is generated as paragraphs, each a list of sentences, each a list of words; the layout is chosen when it
/// is rendered, so two layouts of the same prose differ only in white space. Words come from a small vocabulary
/// with common function words, so words recur as they do in real text.
/// </remarks>
internal static class ProseGen
{
    private static readonly string[] Vocabulary =
    [
        "the", "the", "the", "of", "and", "a", "in", "to", "was", "said", "on", "after", "council", "bridge", "repairs",
        "vote", "budget", "river", "city", "night", "road", "report", "police", "mayor", "plan", "week", "storm",
        "school", "station", "market", "harbour", "workers", "cables", "engineers", "closed", "approved", "found",
        "opened", "warned", "new", "old", "two", "three", "Kyiv", "Lviv", "Marsh",
    ];

    // Words that never occur in generated prose, so an edit that puts one in can be placed in only one way.
    private static readonly string[] Fresh = ["zinc", "quartz", "fjord", "sphinx", "jovial", "wyvern", "oxygen", "kumquat", "yodel", "vex"];

    // Phrases with abbreviations, dropped into sentences now and then.
    private static readonly string[] Phrases = ["in Eq. (3)", "see Fig. 2", "by Dr. Marsh", "at No. 5", "as in Ref. [7]", "Gen. Petrenko"];

    /// <summary>Gets a sentence: three to ten words, now and then an abbreviation phrase among them.</summary>
    public static readonly Gen<string[]> Sentence =
        Gen.Select(Gen.OneOf(Vocabulary).Array[3, 10], Gen.Int[0, 12], Gen.OneOf(Phrases))
            .Select((words, at, phrase) => at < words.Length ? [.. words[..at], phrase, .. words[at..]] : words);

    /// <summary>Gets one to four paragraphs of one to four sentences.</summary>
    public static readonly Gen<string[][][]> Paragraphs = Sentence.Array[1, 4].Array[1, 4];

    /// <summary>Gets a column width to wrap at: 0 for no wrapping (a paragraph a line), or 12 to 80.</summary>
    public static readonly Gen<int> Width = Gen.Frequency((1, Gen.Const(0)), (4, Gen.Int[12, 80]));

    /// <summary>Gets a pair of texts: prose, and the same prose after one to five random edits of words, sentences or paragraphs.</summary>
    public static readonly Gen<(string Old, string New)> EditedPair =
        Gen.Select(Paragraphs, Gen.Int[0, 6].Select(Gen.Int[0, 1000], Gen.Int[0, 1000], Gen.Int[0, 1000], Gen.Int[0, 1000]).Array[1, 5])
            .Select((prose, edits) => (Render(prose), Render(edits.Aggregate(prose, Edit))));

    /// <summary>Gets prose with one or two word operations made at places where they can be aligned in only one way.</summary>
    public static readonly Gen<KnownEdit> KnownWordEdit = KnownEdits(punctuation: false);

    /// <summary>Gets prose with one or two operations on words, punctuation and abbreviations' full stops.</summary>
    public static readonly Gen<KnownEdit> KnownEdit = KnownEdits(punctuation: true);

    /// <summary>Writes prose as text: sentences joined by <paramref name="space"/>, paragraphs by <paramref name="paragraphBreak"/>, a final line break.</summary>
    public static string Render(string[][][] paragraphs, string space = " ", string paragraphBreak = "\n\n") =>
        string.Join(paragraphBreak, paragraphs.Select(p => string.Join(space, p.Select(SentenceText)))) + "\n";

    /// <summary>Writes prose with every paragraph wrapped at <paramref name="width"/> columns (0: not wrapped), paragraphs apart by a blank line.</summary>
    public static string Wrapped(string[][][] paragraphs, int width) =>
        string.Join("\n\n", paragraphs.Select(p => Wrap(string.Join(' ', p.Select(SentenceText)), width))) + "\n";

    /// <summary>The text of one sentence: its words with the first capitalised, and a full stop.</summary>
    private static string SentenceText(string[] words)
    {
        var text = string.Join(' ', words);
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }

    private static string Wrap(string paragraph, int width)
    {
        if (width == 0)
        {
            return paragraph;
        }

        var builder = new StringBuilder();
        var column = 0;
        foreach (var word in paragraph.Split(' '))
        {
            if (column > 0 && column + 1 + word.Length > width)
            {
                builder.Append('\n');
                column = 0;
            }
            else if (column > 0)
            {
                builder.Append(' ');
                column++;
            }

            builder.Append(word);
            column += word.Length;
        }

        return builder.ToString();
    }

    /// <summary>One random edit: kind 0 replaces a word, 1 inserts one, 2 deletes one, 3 inserts a sentence, 4 deletes one, 5 splits a paragraph, 6 joins two.</summary>
    private static string[][][] Edit(string[][][] prose, (int Kind, int A, int B, int C, int D) edit)
    {
        var paragraphs = prose.Select(p => p.Select(s => s.ToArray()).ToList()).ToList();
        var p = edit.A % paragraphs.Count;
        var sentences = paragraphs[p];
        var s = edit.B % sentences.Count;
        var words = sentences[s].ToList();
        var w = edit.C % words.Count;
        var word = Vocabulary[edit.D % Vocabulary.Length];
        switch (edit.Kind)
        {
            case 0:
                words[w] = word;
                break;
            case 1:
                words.Insert(w, word);
                break;
            case 2 when words.Count > 1:
                words.RemoveAt(w);
                break;
            case 3:
                sentences.Insert(s, [word, .. sentences[(s + 1) % sentences.Count]]);
                break;
            case 4 when sentences.Count > 1:
                sentences.RemoveAt(s);
                break;
            case 5 when sentences.Count > 1 && s > 0:
                paragraphs.Insert(p + 1, sentences[s..]);
                sentences.RemoveRange(s, sentences.Count - s);
                break;
            case 6 when p + 1 < paragraphs.Count:
                sentences.AddRange(paragraphs[p + 1]);
                paragraphs.RemoveAt(p + 1);
                break;
        }

        if (edit.Kind <= 2 && s < sentences.Count)
        {
            sentences[s] = [.. words];
        }

        return [.. paragraphs.Select(x => x.ToArray())];
    }

    private static Gen<KnownEdit> KnownEdits(bool punctuation) =>
        Gen.Select(Sentence.Array[1, 3], Gen.Int[0, punctuation ? 5 : 2].Select(Gen.Int[0, 1000], Gen.Int[0, 1000]).Array[1, 2])
            .Select((sentences, operations) => Known(Render([sentences]), operations))
            .Where(known => known.Old != known.New);

    /// <summary>
    /// Applies operations to the words and marks of <paramref name="text"/>, each kept at least three tokens from the
    /// others and made only where its tokens differ from their neighbours, so the smallest alignment is unique.
    /// </summary>
    private static KnownEdit Known(string text, (int Kind, int At, int Word)[] operations)
    {
        var pieces = TextSegmenter.SplitWords(text).Select(s => (s.Kind, Old: s.GetText(text), New: s.GetText(text))).ToList();
        var touched = new List<int>();
        foreach (var (kind, at, choice) in operations)
        {
            var tokens = Enumerable.Range(0, pieces.Count).Where(k => pieces[k].Kind != SegmentKind.Whitespace && pieces[k].Old == pieces[k].New).ToList();
            var k = tokens[at % tokens.Count];
            if (touched.Any(t => Math.Abs(t - k) < 6) || !DiffersFromNeighbours(pieces, k))
            {
                continue;
            }

            var fresh = Fresh[choice % Fresh.Length];
            var isWord = pieces[k].Kind == SegmentKind.Word && char.IsLower(pieces[k].Old[0]);
            var spaceAfter = k + 1 < pieces.Count && pieces[k + 1] is { Kind: SegmentKind.Whitespace, Old: " ", New: " " };
            var spaceBefore = k > 0 && pieces[k - 1] is { Kind: SegmentKind.Whitespace, Old: " ", New: " " };
            switch (kind)
            {
                case 0 when isWord:
                    pieces[k] = pieces[k] with { New = fresh };
                    break;
                case 1 when isWord && spaceBefore:
                    pieces.Insert(k, (SegmentKind.Whitespace, string.Empty, " "));
                    pieces.Insert(k, (SegmentKind.Word, string.Empty, fresh));
                    break;
                case 2 when isWord && spaceAfter && spaceBefore:
                    pieces[k] = pieces[k] with { New = string.Empty };
                    pieces[k + 1] = pieces[k + 1] with { New = string.Empty };
                    break;
                case 3 when isWord && spaceAfter:
                    pieces.Insert(k + 1, (SegmentKind.Punctuation, string.Empty, ","));
                    break;
                case 4 when pieces[k].Old == "," || (pieces[k].Old == "." && k > 0 && pieces[k - 1].Old is "Eq" or "Fig" or "Dr" or "No" or "Ref" or "Gen"):
                    pieces[k] = pieces[k] with { New = string.Empty };
                    break;
                case 5 when pieces[k].Old == "." && k + 1 == pieces.Count - 1:
                    pieces[k] = pieces[k] with { New = "!" };
                    break;
                default:
                    continue;
            }

            touched.Add(k);
        }

        return new KnownEdit(
            string.Concat(pieces.Select(p => p.Old)),
            string.Concat(pieces.Select(p => p.New)),
            [.. pieces.Where(p => p.Kind != SegmentKind.Whitespace && p.Old.Length > 0).Select(p => p.Old != p.New)],
            [.. pieces.Where(p => p.Kind != SegmentKind.Whitespace && p.New.Length > 0).Select(p => p.Old != p.New)]);
    }

    private static bool DiffersFromNeighbours(List<(SegmentKind Kind, string Old, string New)> pieces, int k)
    {
        var before = Enumerable.Range(0, k).Reverse().Select(j => pieces[j]).FirstOrDefault(p => p.Kind != SegmentKind.Whitespace && p.Old.Length > 0).Old;
        var after = Enumerable.Range(k + 1, pieces.Count - k - 1).Select(j => pieces[j]).FirstOrDefault(p => p.Kind != SegmentKind.Whitespace && p.Old.Length > 0).Old;
        return pieces[k].Old != before && pieces[k].Old != after;
    }
}
