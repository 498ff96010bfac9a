using System.Text;
using ArticleRevisions.Classification;
using ArticleRevisions.Diffing;
using ArticleRevisions.Text;
using CsCheck;

namespace ArticleRevisions.Tests.Diffing;

/// <summary>
/// The invariants of issue 9 on random prose (<see cref="ProseGen"/>): changes of white space change no words,
/// no more words change than a word alignment needs, nothing is replaced by itself, a revert mirrors its edit,
/// and known small edits are found exactly. Those the engine does not keep yet are skipped with the reason.
/// </summary>
public class DiffQualityProperties
{
    private static readonly Gen<DiffOptions> SomeOptions =
        Gen.Select(Gen.Enum<DiffGranularity>(), Gen.Bool, Gen.Bool)
            .Select((granularity, whitespace, letterCase) => new DiffOptions { Granularity = granularity, IgnoreWhitespace = whitespace, IgnoreCase = letterCase });

    [Fact]
    public void Rewrapping_at_any_width_changes_no_words()
    {
        Gen.Select(ProseGen.Paragraphs, ProseGen.Width, ProseGen.Width).Where((_, a, b) => a != b).Sample(
            (prose, a, b) => AssertOnlyWhiteSpaceChanged(ProseGen.Wrapped(prose, a), ProseGen.Wrapped(prose, b)),
            iter: 200);
    }

    [Fact]
    public void Ignoring_white_space_hides_rewrapping_at_any_width()
    {
        Gen.Select(ProseGen.Paragraphs, ProseGen.Width, ProseGen.Width).Sample(
            (prose, a, b) => Assert.False(TextDiffer.Compare(ProseGen.Wrapped(prose, a), ProseGen.Wrapped(prose, b), new DiffOptions { IgnoreWhitespace = true }).HasDifferences),
            iter: 200);
    }

    [Fact]
    public void Splitting_or_joining_paragraphs_changes_no_words()
    {
        Gen.Select(ProseGen.Paragraphs, Gen.Int[0, 1000]).Sample(
            (prose, at) => AssertOnlyWhiteSpaceChanged(ProseGen.Render(prose), ProseGen.Render(Regroup(prose, at))),
            iter: 200);
    }

    [Fact]
    public void Ignoring_white_space_hides_split_and_joined_paragraphs()
    {
        Gen.Select(ProseGen.Paragraphs, Gen.Int[0, 1000]).Sample(
            (prose, at) => Assert.False(TextDiffer.Compare(ProseGen.Render(prose), ProseGen.Render(Regroup(prose, at)), new DiffOptions { IgnoreWhitespace = true }).HasDifferences),
            iter: 200);
    }

    [Fact]
    public void Changing_spaces_after_sentence_ends_changes_no_words()
    {
        Gen.Select(ProseGen.Paragraphs, Gen.OneOf("", " ", "  ", "\u00A0 "), Gen.OneOf("", " ", "  ", "\u00A0 ")).Where((_, a, b) => a != b).Sample(
            (prose, a, b) => AssertOnlyWhiteSpaceChanged(ProseGen.Render(prose, a), ProseGen.Render(prose, b)),
            iter: 200);
    }

    [Fact]
    public void Changed_words_never_exceed_a_word_alignment()
    {
        ProseGen.EditedPair.Sample(
            (before, after) =>
            {
                var statistics = TextDiffer.Compare(before, after).Statistics;
                var (removed, added) = WordAlignmentChanges(DiffTokens.WordsOf(before), DiffTokens.WordsOf(after));

                Assert.True(statistics.WordsAdded + statistics.WordsRemoved <= removed + added, $"+{statistics.WordsAdded} -{statistics.WordsRemoved}, a word alignment needs +{added} -{removed}");
            },
            iter: 300);
    }

    [Fact]
    public void Nothing_is_replaced_by_itself()
    {
        Gen.Select(ProseGen.EditedPair, SomeOptions).Sample(
            (pair, options) =>
            {
                var result = TextDiffer.Compare(pair.Old, pair.New, options);

                foreach (var spans in result.Spans.Where(s => !s.Inner.IsEmpty).Select(s => s.Inner).Prepend(result.Spans))
                {
                    foreach (var (removed, added) in Regions(spans, result))
                    {
                        var (removedKey, addedKey) = (Key(removed, options), Key(added, options));
                        Assert.True(removedKey.Length == 0 || removedKey != addedKey, $"“{removed}” replaced by “{added}”");
                    }
                }
            },
            iter: 300);
    }

    [Fact]
    public void A_revert_counts_the_mirror_of_its_edit()
    {
        ProseGen.EditedPair.Sample(
            (before, after) => Assert.Equal(Counts(TextDiffer.Compare(before, after).Statistics), MirroredCounts(TextDiffer.Compare(after, before).Statistics)),
            iter: 300);
    }

    [Theory]
    // Seed 4qrBREOcIt73 (a time-boxed run, CsCheck_Time=10). Both sides hold two sentences that stand once, word for
    // word, in swapped order ("After ... week." and "(3) on ... week."): either may stay in place. The edit kept the
    // second and the revert the first, so the edit counted (changed 1, moved 1) and the revert (changed 0, moved 2).
    // Both choices are now weighed in both directions.
    [InlineData(
        "After new repairs Lviv school by Dr. Marsh found repairs week. Police found in Eq. (3) on Marsh report river approved week.\n",
        "Mayor police found in Eq. (3) on Marsh report river approved week. After new repairs Lviv school by Dr. Marsh found repairs week.\n",
        2, 1, 1, 1)]
    // Seed bvu8YgY6Ux84. The moved sentence is as alike to each of the two new ones (Dice 0.8): the edit paired it
    // with the later one, the revert (two deletions, one insertion) gave it to the first deletion, so the edit
    // counted +8 -2 and the revert +3 -9. Near moves are now paired most alike first, and among equals by where both
    // ends stand, the same whichever text is old.
    [InlineData(
        "See Fig. 2 week approved road bridge week mayor police vote. New workers new was market warned workers.\n",
        "Vote new workers was warned workers. The new workers new was warned workers. See Fig. 2 week approved road bridge week mayor police vote.\n",
        8, 2, 0, 1)]
    // Seed 7ZKqkkLJBTy1 (CsCheck_Time=60, after the two fixes above). Either "Gen. ... Lviv." or "(3) of and road."
    // may stay in place, and both choices change as many words before moves; only keeping the second leaves
    // "Market approved a mayor." and "Bridge market approved a mayor." to a near move. The edit kept the first
    // (+6 -4), the revert the second (+1 -3). Of choices changing as many words, the one leaving more to near moves is
    // now taken.
    [InlineData(
        "Council in Eq. (3) of and road. Market approved a mayor. Gen. Petrenko said budget said Lviv. Was and at No. 5 market road cables.\n",
        "Bridge market approved a mayor. Gen. Petrenko said budget said Lviv. Council council in Eq. (3) of and road. Was and at No. 5 market road cables.\n",
        3, 1, 1, 2)]
    // Seed djyysYyzwUA1 (CsCheck_Time=60, after the three fixes above). Either sentence may stay in place, and
    // WordsChanged counted the other as moved either way, so every choice tied and the edit kept "Lviv a storm after
    // opened.", the revert "After and police at No. 5 the road." (+8 -8 against +5 -5). But the sentence taken out
    // of a paragraph of its own is deleted or inserted as a paragraph, which MoveDetector never pairs with a
    // sentence: it is no move. WordsChanged now counts only moves of ends at the same level.
    [InlineData(
        "After and police at No. 5 the road.\n\nLviv a storm after opened.\n\nCouncil storm Lviv police after school Kyiv. Plan in Eq. (3) workers council.\n",
        "Lviv a storm after opened. After and police at No. 5 the road.\n\nCouncil storm Lviv police after school Kyiv. Plan in Eq. (3) workers council.\n",
        5, 5, 0, 0)]
    public void A_revert_of_a_found_input_counts_the_mirror_of_its_edit(string before, string after, int wordsAdded, int wordsRemoved, int sentencesChanged, int sentencesMoved)
    {
        var edit = TextDiffer.Compare(before, after).Statistics;
        var revert = TextDiffer.Compare(after, before).Statistics;

        Assert.Equal((wordsAdded, wordsRemoved, sentencesChanged, sentencesMoved), (edit.WordsAdded, edit.WordsRemoved, edit.SentencesChanged, edit.SentencesMoved));
        Assert.Equal(Counts(edit), MirroredCounts(revert));
    }

    private static (int, int, int, int, int, int, int, int, int, int) Counts(DiffStatistics s) =>
        (s.WordsAdded, s.WordsRemoved, s.SentencesAdded, s.SentencesRemoved, s.SentencesChanged, s.SentencesMoved, s.ParagraphsAdded, s.ParagraphsRemoved, s.ParagraphsChanged, s.ParagraphsMoved);

    /// <summary>The counts of a revert as those of its edit: added and removed swapped.</summary>
    private static (int, int, int, int, int, int, int, int, int, int) MirroredCounts(DiffStatistics s) =>
        (s.WordsRemoved, s.WordsAdded, s.SentencesRemoved, s.SentencesAdded, s.SentencesChanged, s.SentencesMoved, s.ParagraphsRemoved, s.ParagraphsAdded, s.ParagraphsChanged, s.ParagraphsMoved);

    [Fact]
    public void Known_word_operations_are_found_exactly()
    {
        ProseGen.KnownWordEdit.Sample(AssertFoundExactly, iter: 300);
    }

    [Fact]
    public void Known_word_punctuation_and_abbreviation_operations_are_found_exactly()
    {
        ProseGen.KnownEdit.Sample(AssertFoundExactly, iter: 300);
    }

    private static void AssertFoundExactly(KnownEdit known)
    {
        var result = TextDiffer.Compare(known.Old, known.New);

        Assert.Equal(known.Deleted, DiffTokens.Deleted(result));
        Assert.Equal(known.Inserted, DiffTokens.Inserted(result));
    }

    private static void AssertOnlyWhiteSpaceChanged(string before, string after)
    {
        var result = TextDiffer.Compare(before, after);

        Assert.DoesNotContain(true, DiffTokens.Deleted(result));
        Assert.DoesNotContain(true, DiffTokens.Inserted(result));
        Assert.Equal((0, 0), (result.Statistics.WordsAdded, result.Statistics.WordsRemoved));
        Assert.All(EditClassifier.Changes(before, after), c => Assert.Equal([EditLabel.Formatting], c.Labels));
    }

    /// <summary>The same sentences with one paragraph split in two at a sentence, or two paragraphs joined (unchanged when there is one sentence).</summary>
    private static string[][][] Regroup(string[][][] paragraphs, int at)
    {
        var splittable = paragraphs.Select((p, k) => (p, k)).Where(x => x.p.Length > 1).ToList();
        if (splittable.Count > 0 && (at % 2 == 0 || paragraphs.Length == 1))
        {
            var (paragraph, index) = splittable[at % splittable.Count];
            var cut = 1 + at % (paragraph.Length - 1);
            return [.. paragraphs[..index], paragraph[..cut], paragraph[cut..], .. paragraphs[(index + 1)..]];
        }

        if (paragraphs.Length == 1)
        {
            return paragraphs;
        }

        var join = at % (paragraphs.Length - 1);
        return [.. paragraphs[..join], [.. paragraphs[join], .. paragraphs[join + 1]], .. paragraphs[(join + 2)..]];
    }

    /// <summary>How many words a plain word alignment (longest common subsequence of words) removes and adds.</summary>
    private static (int Removed, int Added) WordAlignmentChanges(string[] before, string[] after)
    {
        var previous = new int[after.Length + 1];
        for (var i = 1; i <= before.Length; i++)
        {
            var current = new int[after.Length + 1];
            for (var j = 1; j <= after.Length; j++)
            {
                current[j] = before[i - 1] == after[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            previous = current;
        }

        var common = previous[after.Length];
        return (before.Length - common, after.Length - common);
    }

    /// <summary>The removed and added text of each run of deletions and insertions (moves aside).</summary>
    private static IEnumerable<(string Removed, string Added)> Regions(IReadOnlyList<DiffSpan> spans, DiffResult result)
    {
        var removed = new StringBuilder();
        var added = new StringBuilder();
        foreach (var span in spans.Append(new DiffSpan(DiffSpanKind.Unchanged, 0, 0, 0, 0)))
        {
            switch (span.Kind)
            {
                case DiffSpanKind.Deleted:
                    removed.Append(result.OldTextOf(span));
                    break;
                case DiffSpanKind.Inserted:
                    added.Append(result.NewTextOf(span));
                    break;
                default:
                    if (removed.Length > 0 && added.Length > 0)
                    {
                        yield return (removed.ToString(), added.ToString());
                    }

                    removed.Clear();
                    added.Clear();
                    break;
            }
        }
    }

    /// <summary>The words and marks of a text, white space aside, as the options compare them.</summary>
    private static string Key(string text, DiffOptions options)
    {
        var tokens = string.Join('\u0001', TextSegmenter.SplitWords(text).Where(s => s.Kind != SegmentKind.Whitespace).Select(s => s.GetText(text)));
        var normalized = tokens.Normalize(NormalizationForm.FormC);
        return options.IgnoreCase ? normalized.ToLowerInvariant() : normalized;
    }
}
