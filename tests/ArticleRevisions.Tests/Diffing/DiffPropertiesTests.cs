using ArticleRevisions.Diffing;
using ArticleRevisions.Text;
using CsCheck;

namespace ArticleRevisions.Tests.Diffing;

/// <summary>
/// What every comparison must get right beyond tiling both texts: unchanged text is equal, the edit is never
/// larger than a plain word-level one, and edits made on purpose are the edits found.
/// </summary>
public class DiffPropertiesTests
{
    private static readonly Gen<DiffOptions> AnyOptions =
        Gen.Select(Gen.Enum<DiffGranularity>(), Gen.Bool, Gen.Bool, Gen.Bool, Gen.Bool, Gen.Bool)
            .Select((g, ws, c, p, u, m) => new DiffOptions { Granularity = g, IgnoreWhitespace = ws, IgnoreCase = c, NormalizePunctuation = p, NormalizeUnicode = u, DetectMoves = m });

    // A few words, so texts share many and differ in many ways; sentence and paragraph breaks between them.
    private static readonly Gen<string> SmallText =
        Gen.OneOf(Gen.OneOf(Gen.Const("the"), Gen.Const("cat"), Gen.Const("sat"), Gen.Const("on"), Gen.Const("mat"), Gen.Const("dog")), Gen.OneOf(Gen.Const(" "), Gen.Const(". "), Gen.Const("\n\n")))
            .Array[0, 24]
            .Select(string.Concat);

    [Fact]
    public void Every_unchanged_span_is_equal_text_under_the_options_as_a_property()
    {
        Gen.Select(TextGen.Text, TextGen.Text, AnyOptions.Select(o => o with { IgnoreWhitespace = false })).Sample(AssertUnchangedIsEqual, iter: 1000);
    }

    [Fact]
    public void Every_unchanged_span_is_equal_text_when_white_space_is_ignored_as_a_property()
    {
        Gen.Select(TextGen.Text, TextGen.Text, AnyOptions.Select(o => o with { IgnoreWhitespace = true })).Sample(AssertUnchangedIsEqual, iter: 1000);
    }

    [Fact]
    public void White_space_that_splits_a_word_is_a_change_at_the_character_granularity_when_white_space_is_ignored()
    {
        // The property above with seed a8Iy5V2qLMz3, reduced: under -w white space counts where it separates two words.
        var options = new DiffOptions { Granularity = DiffGranularity.Character, IgnoreWhitespace = true, IgnoreCase = true, DetectMoves = true };

        var result = TextDiffer.Compare("ьЯ中", "ь\tЯ中", options);

        Assert.Equal(
            [(DiffSpanKind.Unchanged, "ь", "ь"), (DiffSpanKind.Inserted, "", "\t"), (DiffSpanKind.Unchanged, "Я中", "Я中")],
            result.Spans.Select(s => (s.Kind, result.OldTextOf(s), result.NewTextOf(s))));
    }

    [Fact]
    public void White_space_that_splits_or_joins_a_word_is_never_unchanged_text_when_white_space_is_ignored()
    {
        (string Old, string New, DiffGranularity Granularity)[] cases =
        [
            ("ь\tЯ中", "ьЯ中", DiffGranularity.Character), ("abX.", "ab X.", DiffGranularity.Character), ("q ab X", "q abX", DiffGranularity.Character),
            ("a bc", "ab c", DiffGranularity.Character), ("abX", "ab X", DiffGranularity.Word), ("abcЯ", "abc Я", DiffGranularity.Word),
        ];
        foreach (var (oldText, newText, granularity) in cases)
        {
            var options = new DiffOptions { Granularity = granularity, IgnoreWhitespace = true, IgnoreCase = true, DetectMoves = true };
            AssertUnchangedIsEqual(oldText, newText, options);
            Assert.True(TextDiffer.Compare(oldText, newText, options).HasDifferences, $"{granularity}: {oldText} → {newText}");
        }
    }

    [Fact]
    public void Changed_words_are_never_more_than_a_plain_word_level_LCS_leaves_as_a_property()
    {
        Gen.Select(SmallText, SmallText).Sample((a, b) =>
        {
            var result = TextDiffer.Compare(a, b);

            var (oldWords, newWords) = (Words(a), Words(b));
            var plain = oldWords.Length + newWords.Length - (2 * Lcs(oldWords, newWords));
            var changed = result.Statistics.WordsAdded + result.Statistics.WordsRemoved;
            Assert.True(changed <= plain, $"{changed} words changed where a word-level LCS changes {plain}: {TextGen.Describe(a)} → {TextGen.Describe(b)}");
        }, iter: 2000);
    }

    [Fact]
    public void Changes_no_more_words_than_a_word_level_LCS_when_a_kept_word_could_be_matched_across_a_kept_paragraph()
    {
        // The property above with seeds 8C06GLsCYSK4 and 3Kgx8bU3e0T2 (found by time-boxed runs, CsCheck_Time=10): a
        // word kept within its stretch ("dog") is better matched across the kept paragraph, which frees a word deleted
        // and inserted in the same stretch ("mat", "sat") to be kept too.
        (string Before, string After, int Plain)[] cases =
        [
            (" . \n\n \n\ndog dogmat\n\nmat. sat  ", " dog   cat \n\ndog. \n\n. \n\n. matsat\n\nmat\n\ndog catmat ", 7),
            ("sat\n\ndog\n\n. onsatdog\n\non ondog. \n\ndog", "cat. \n\n \n\ndog sat\n\ndog\n\nmatmat dog. ", 6),
        ];
        foreach (var (before, after, plain) in cases)
        {
            var result = TextDiffer.Compare(before, after);

            var (oldWords, newWords) = (Words(before), Words(after));
            Assert.Equal(plain, oldWords.Length + newWords.Length - (2 * Lcs(oldWords, newWords)));
            Assert.Equal(plain, result.Statistics.WordsAdded + result.Statistics.WordsRemoved);
        }
    }

    [Fact]
    public void Finds_exactly_the_words_a_known_edit_removed_and_added_as_a_property()
    {
        Gen.Select(KnownEdits.Text, KnownEdits.Operation.Array[1, 6]).Sample((text, operations) =>
        {
            var before = KnownEdits.Write(text);
            var edited = KnownEdits.Copy(text);
            var (removed, added) = KnownEdits.EditWords(edited, operations, revision: 2);
            var after = KnownEdits.Write(edited);

            var result = TextDiffer.Compare(before, after);

            var edits = result.Spans.SelectMany(s => s.Inner.IsEmpty ? [s] : s.Inner).ToArray();
            Assert.Equal(removed.Order(), edits.Where(s => s.Kind == DiffSpanKind.Deleted).SelectMany(s => Words(result.OldTextOf(s))).Order());
            Assert.Equal(added.Order(), edits.Where(s => s.Kind == DiffSpanKind.Inserted).SelectMany(s => Words(result.NewTextOf(s))).Order());
        }, iter: 500);
    }

    [Fact]
    public void Finds_a_moved_paragraph_as_one_move_as_a_property()
    {
        Gen.Select(KnownEdits.Text.Where(t => t.Count > 1), Gen.Int[0, 100], Gen.Int[0, 100]).Sample((text, where, to) =>
        {
            var before = KnownEdits.Write(text);
            var edited = KnownEdits.Copy(text);
            KnownEdits.MoveParagraph(edited, where, to);
            var after = KnownEdits.Write(edited);

            var result = TextDiffer.Compare(before, after);

            // Swapping two paragraphs moves either one; any single paragraph whose move explains the edit is right.
            var arrived = Assert.Single(result.Spans, s => s.Kind == DiffSpanKind.MovedTo);
            var moved = result.NewTextOf(arrived).Trim();
            var paragraphs = (Old: before.Split("\n\n").Select(p => p.Trim()), New: after.Split("\n\n").Select(p => p.Trim()));
            Assert.Contains(moved, paragraphs.Old);
            Assert.Equal(paragraphs.Old.Where(p => p != moved), paragraphs.New.Where(p => p != moved));
            Assert.DoesNotContain(result.Spans, s => Words(s.Kind == DiffSpanKind.Deleted ? result.OldTextOf(s) : s.Kind == DiffSpanKind.Inserted ? result.NewTextOf(s) : string.Empty).Length > 0);
        }, iter: 300);
    }

    private static void AssertUnchangedIsEqual(string a, string b, DiffOptions options)
    {
        var result = TextDiffer.Compare(a, b, options);

        var keys = options.Keys;
        foreach (var span in result.Spans.SelectMany(s => s.Inner.IsEmpty ? [s] : s.Inner.Prepend(s)).Where(s => s.Kind == DiffSpanKind.Unchanged))
        {
            Assert.True(
                keys.Key(a, span.OldStart, span.OldLength) == keys.Key(b, span.NewStart, span.NewLength),
                $"{options}: “{TextGen.Describe(a.Substring(span.OldStart, span.OldLength))}” shown as unchanged from “{TextGen.Describe(b.Substring(span.NewStart, span.NewLength))}”, comparing “{TextGen.Describe(a)}” with “{TextGen.Describe(b)}”");
        }
    }

    private static string[] Words(string text) =>
        [.. TextSegmenter.SplitWords(text).Where(s => s.Kind == SegmentKind.Word).Select(s => s.GetText(text))];

    private static int Lcs(string[] a, string[] b)
    {
        var row = new int[b.Length + 1];
        foreach (var word in a)
        {
            var diagonal = 0;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = word == b[j - 1] ? diagonal + 1 : Math.Max(row[j], row[j - 1]);
                diagonal = above;
            }
        }

        return row[b.Length];
    }
}
