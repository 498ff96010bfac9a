using ArticleRevisions.Diffing;
using ArticleRevisions.Rendering;
using CsCheck;

namespace ArticleRevisions.Tests.Diffing;

public class TextDifferTests
{
    private static string Fixture(string folder, string file) => File.ReadAllText(TestData.FixturePath(folder, file));

    [Fact]
    public void Shows_the_kursk_edit_and_nothing_else()
    {
        var original = Fixture("general-staff-kursk", "original.txt");
        var edited = Fixture("general-staff-kursk", "edited.txt");

        var result = TextDiffer.Compare(original, edited);

        DiffAssert.Lossless(result, original, edited);
        var changed = result.Spans.Where(s => s.Kind != DiffSpanKind.Unchanged).ToList();
        Assert.Contains(changed, s => s.Kind == DiffSpanKind.Deleted && result.OldTextOf(s) == "new offensive");
        Assert.All(changed, s => Assert.InRange(s.OldStart, original.IndexOf("This strike", StringComparison.Ordinal), original.IndexOf(" The enemy", StringComparison.Ordinal)));
        Assert.StartsWith("Replaced “new offensive” with “combat”", DiffSummary.Of(result));
        Assert.EndsWith("1 sentence changed", DiffSummary.Of(result));
        Assert.Equal((1, 1, 0, 0), (result.Statistics.SentencesChanged, result.Statistics.ParagraphsChanged, result.Statistics.SentencesAdded, result.Statistics.SentencesRemoved));
        Assert.Equal((8, 4), (result.Statistics.WordsAdded, result.Statistics.WordsRemoved));
        Assert.True(result.HasDifferences);
    }

    [Fact]
    public void Shows_the_ukrainian_edit_inside_one_sentence()
    {
        var original = Fixture("general-staff-kursk-uk", "original.txt");
        var edited = Fixture("general-staff-kursk-uk", "edited.txt");

        var result = TextDiffer.Compare(original, edited);

        DiffAssert.Lossless(result, original, edited);
        Assert.Contains(result.Spans, s => s.Kind == DiffSpanKind.Deleted && result.OldTextOf(s).Contains("нові наступальні", StringComparison.Ordinal));
        Assert.Equal(1, result.Statistics.ParagraphsChanged);
        Assert.Equal(0, result.Statistics.ParagraphsAdded + result.Statistics.ParagraphsRemoved);
    }

    [Fact]
    public void Identical_texts_have_no_differences()
    {
        var result = TextDiffer.Compare("Same text.\n", "Same text.\n");

        Assert.False(result.HasDifferences);
        Assert.Equal("No differences", DiffSummary.Of(result));
        Assert.Equal(1.0, result.Similarity);
        Assert.Equal([new DiffSpan(DiffSpanKind.Unchanged, 0, 11, 0, 11)], result.Spans);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("", "Added.")]
    [InlineData("Removed.", "")]
    [InlineData("a", "b")]
    [InlineData("One.\n\nTwo.", "Zero.\n\nOne.\n\nTwo.")]
    [InlineData("One.\n\nTwo.", "One.\n\nTwo.\n\nThree.\n")]
    [InlineData("line\r\nline\r\n", "line\nline\n")]
    [InlineData("No final newline", "No final newline\n")]
    public void Rebuilds_both_texts_at_the_edges(string oldText, string newText)
    {
        foreach (var granularity in Enum.GetValues<DiffGranularity>())
        {
            var result = TextDiffer.Compare(oldText, newText, new DiffOptions { Granularity = granularity });

            DiffAssert.Lossless(result, oldText, newText);
            Assert.Equal(oldText != newText, result.HasDifferences);
        }
    }

    [Fact]
    public void Rebuilds_both_texts_from_any_result_as_a_property()
    {
        var options = Gen.Select(Gen.Enum<DiffGranularity>(), Gen.Bool, Gen.Bool, Gen.Bool, Gen.Bool, Gen.Bool)
            .Select((g, ws, c, p, u, m) => new DiffOptions { Granularity = g, IgnoreWhitespace = ws, IgnoreCase = c, NormalizePunctuation = p, NormalizeUnicode = u, DetectMoves = m });

        Gen.Select(TextGen.Text, TextGen.Text, options).Sample((a, b, o) =>
        {
            var result = TextDiffer.Compare(a, b, o);

            DiffAssert.Lossless(result, a, b);
        }, iter: 400);
    }

    [Fact]
    public void Rebuilds_both_texts_when_one_is_an_edit_of_the_other_as_a_property()
    {
        var edit = Gen.Select(TextGen.Text, Gen.Int[0, 1000], TextGen.Text);

        Gen.Select(TextGen.Text.Array[1, 6], edit).Sample((paragraphs, e) =>
        {
            var a = string.Join("\n\n", paragraphs);
            var at = a.Length == 0 ? 0 : e.Item2 % a.Length;
            if (at > 0 && char.IsLowSurrogate(a[at]))
            {
                at--;
            }

            var b = a[..at] + e.Item3 + a[at..];

            DiffAssert.Lossless(TextDiffer.Compare(a, b), a, b);
        }, iter: 300);
    }

    [Fact]
    public void Reports_a_moved_paragraph_as_a_move()
    {
        var moved = "The Harbour Bridge opened in 1962 and was last refurbished in 1998.";
        var oldText = $"First paragraph stays here.\n\n{moved}\n\nThird paragraph stays too.\n\nFourth paragraph ends it.\n";
        var newText = $"First paragraph stays here.\n\nThird paragraph stays too.\n\nFourth paragraph ends it.\n\n{moved}\n";

        var result = TextDiffer.Compare(oldText, newText);

        DiffAssert.Lossless(result, oldText, newText);
        var from = Assert.Single(result.Spans, s => s.Kind == DiffSpanKind.MovedFrom);
        var to = Assert.Single(result.Spans, s => s.Kind == DiffSpanKind.MovedTo);
        Assert.Equal(from.MoveId, to.MoveId);
        Assert.Equal(moved, result.OldTextOf(from));
        Assert.Equal(moved, result.NewTextOf(to));
        Assert.Empty(to.Inner);
        Assert.Equal((1, 0, 0), (result.Statistics.ParagraphsMoved, result.Statistics.ParagraphsAdded, result.Statistics.ParagraphsRemoved));
        Assert.Equal("1 paragraph moved", DiffSummary.Of(result));
    }

    [Fact]
    public void Shows_the_inner_edits_of_a_nearly_identical_move()
    {
        var oldText = "Intro stays.\n\nThe bridge opened in 1962 and was last refurbished in 1998 by the council.\n\nMiddle stays.\n\nEnd stays.\n";
        var newText = "Intro stays.\n\nMiddle stays.\n\nEnd stays.\n\nThe bridge opened in 1962 and was last refurbished in 2001 by the council.\n";

        var result = TextDiffer.Compare(oldText, newText);

        DiffAssert.Lossless(result, oldText, newText);
        var to = Assert.Single(result.Spans, s => s.Kind == DiffSpanKind.MovedTo);
        Assert.Contains(to.Inner, s => s.Kind == DiffSpanKind.Deleted && result.OldTextOf(s) == "1998");
        Assert.Contains(to.Inner, s => s.Kind == DiffSpanKind.Inserted && result.NewTextOf(s) == "2001");
        Assert.Equal((1, 1), (result.Statistics.WordsAdded, result.Statistics.WordsRemoved));
    }

    [Fact]
    public void Reports_a_sentence_moved_between_paragraphs()
    {
        var sentence = "Cyclists will use a temporary walkway on the eastern side.";
        var oldText = $"The bridge will close for six weeks. {sentence} Buses will run.\n\nThe council met on Tuesday. Officers spoke.\n";
        var newText = $"The bridge will close for six weeks. Buses will run.\n\nThe council met on Tuesday. {sentence} Officers spoke.\n";

        var result = TextDiffer.Compare(oldText, newText);

        DiffAssert.Lossless(result, oldText, newText);
        Assert.Equal(sentence, result.OldTextOf(Assert.Single(result.Spans, s => s.Kind == DiffSpanKind.MovedFrom)));
        Assert.Equal(sentence, result.NewTextOf(Assert.Single(result.Spans, s => s.Kind == DiffSpanKind.MovedTo)));
        Assert.Equal(1, result.Statistics.SentencesMoved);
    }

    [Fact]
    public void Does_not_mistake_an_edited_paragraph_next_to_an_added_one_for_a_move()
    {
        var oldText = "Alpha paragraph one is here.\n\nBeta paragraph two is here.\n\nGamma paragraph three is here.\n";
        var newText = "Alpha paragraph ONE is here.\n\nBeta paragraph two is here.\n\nGamma paragraph three is there.\n\nDelta new.\n";

        var result = TextDiffer.Compare(oldText, newText);

        DiffAssert.Lossless(result, oldText, newText);
        Assert.DoesNotContain(result.Spans, s => s.MoveId != 0);
        Assert.Equal("Alpha paragraph [-one-]{+ONE+} is here.\n\nBeta paragraph two is here.\n\nGamma paragraph three is [-here-]{+there+}.{+\n\nDelta new.+}\n", DiffAssert.Marked(result));
        Assert.Equal((2, 1), (result.Statistics.SentencesChanged, result.Statistics.ParagraphsAdded));
    }

    [Fact]
    public void Does_not_report_moves_when_asked_not_to()
    {
        var oldText = "Alpha paragraph has several words.\n\nBeta paragraph has several words too.\n";
        var newText = "Beta paragraph has several words too.\n\nAlpha paragraph has several words.\n";

        var result = TextDiffer.Compare(oldText, newText, new DiffOptions { DetectMoves = false });

        Assert.DoesNotContain(result.Spans, s => s.MoveId != 0);
        DiffAssert.Lossless(result, oldText, newText);
    }

    [Fact]
    public void Ignoring_whitespace_hides_rewrapping_but_keeps_the_real_text_and_counts_it()
    {
        var oldText = "The council voted  on Tuesday\nto fund the work.   \n";
        var newText = "The council voted on Tuesday to fund\nthe work.\n";

        var plain = TextDiffer.Compare(oldText, newText);
        var ignoring = TextDiffer.Compare(oldText, newText, new DiffOptions { IgnoreWhitespace = true });

        Assert.True(plain.HasDifferences);
        Assert.False(ignoring.HasDifferences);
        DiffAssert.Lossless(ignoring, oldText, newText);
        Assert.True(ignoring.Ignored[IgnoredChangeKind.Whitespace] > 0);
        Assert.StartsWith("No differences (", DiffSummary.Of(ignoring));
        Assert.Contains("whitespace change", DiffSummary.Of(ignoring));
    }

    [Fact]
    public void Ignoring_case_hides_case_changes_and_counts_them()
    {
        var result = TextDiffer.Compare("The General Staff said.", "The general staff said.", new DiffOptions { IgnoreCase = true });

        Assert.False(result.HasDifferences);
        Assert.Equal(2, result.Ignored[IgnoredChangeKind.Case]);
    }

    [Fact]
    public void Normalizing_punctuation_hides_typographic_variants_and_names_them()
    {
        var oldText = "He said \"we'll wait\" - then left...";
        var newText = "He said “we’ll wait” — then left…";

        var plain = TextDiffer.Compare(oldText, newText);
        var normalized = TextDiffer.Compare(oldText, newText, new DiffOptions { NormalizePunctuation = true });

        Assert.True(plain.HasDifferences);
        Assert.False(normalized.HasDifferences);
        Assert.Equal(3, normalized.Ignored[IgnoredChangeKind.Quotes]);
        Assert.Equal(1, normalized.Ignored[IgnoredChangeKind.Dashes]);
        Assert.Equal(1, normalized.Ignored[IgnoredChangeKind.Ellipses]);
        Assert.Equal("No differences (3 quote changes, 1 dash change and 1 ellipsis change not shown)", DiffSummary.Of(normalized));
    }

    [Fact]
    public void Treats_composed_and_decomposed_accents_as_equal_by_default()
    {
        var composed = "Café in Kyiv.";
        var decomposed = "Cafe\u0301 in Kyiv.";

        var byDefault = TextDiffer.Compare(composed, decomposed);
        var strict = TextDiffer.Compare(composed, decomposed, new DiffOptions { NormalizeUnicode = false });

        Assert.False(byDefault.HasDifferences);
        Assert.Equal(1, byDefault.Ignored[IgnoredChangeKind.UnicodeNormalization]);
        Assert.True(strict.HasDifferences);
    }

    [Fact]
    public void Character_granularity_marks_the_letters_of_a_typo_fix_and_summarises_the_word()
    {
        var result = TextDiffer.Compare("Officers said they had recieved it.", "Officers said they had received it.", new DiffOptions { Granularity = DiffGranularity.Character });

        // Moving the i or moving the e changes as much; of two equal alignments, the deletion comes first.
        Assert.Equal("Officers said they had rec[-i-]e{+i+}ved it.", DiffAssert.Marked(result));
        Assert.StartsWith("Replaced “recieved” with “received”", DiffSummary.Of(result));
    }

    [Fact]
    public void Sentence_granularity_replaces_whole_sentences()
    {
        var result = TextDiffer.Compare("One stays. Two is old. Three stays.", "One stays. Two is new. Three stays.", new DiffOptions { Granularity = DiffGranularity.Sentence });

        Assert.Equal("One stays. [-Two is old.-]{+Two is new.+} Three stays.", DiffAssert.Marked(result));
    }

    [Fact]
    public void Paragraph_granularity_replaces_whole_paragraphs()
    {
        var result = TextDiffer.Compare("Keep.\n\nOld words here.\n", "Keep.\n\nNew words here.\n", new DiffOptions { Granularity = DiffGranularity.Paragraph });

        Assert.Equal("Keep.\n\n[-Old words here.-]{+New words here.+}\n", DiffAssert.Marked(result));
        Assert.Equal(1, result.Statistics.ParagraphsChanged);
    }

    [Fact]
    public void Joins_neighbouring_word_edits_across_a_space()
    {
        var result = TextDiffer.Compare("part of the new offensive operations", "part of the combat operations");

        Assert.Equal("part of the [-new offensive-]{+combat+} operations", DiffAssert.Marked(result));
    }

    [Fact]
    public void Counts_added_and_removed_paragraphs_and_sentences()
    {
        // No word of the new paragraphs is in the removed one: a word they shared ("one") would be kept, as a word
        // alignment keeps it, and the paragraph it stands in would then count as changed, not removed and added.
        var oldText = "Kept paragraph.\n\nRemoved one. Removed two.\n";
        var newText = "Kept paragraph.\n\nA wholly different paragraph arrives here with words.\n\nAnother arrives.\n";

        var result = TextDiffer.Compare(oldText, newText);

        Assert.Equal((2, 1), (result.Statistics.ParagraphsAdded, result.Statistics.ParagraphsRemoved));
        Assert.Equal((2, 2), (result.Statistics.SentencesAdded, result.Statistics.SentencesRemoved));
        Assert.InRange(result.Similarity, 0.0, 0.5);
    }

    [Fact]
    public void Counts_a_number_as_one_word()
    {
        var result = TextDiffer.Compare("It costs £4.2 million, or 1,200.50 each.", "It costs £6.8 million, or 1,300.75 each.");

        Assert.Equal((2, 2), (result.Statistics.WordsAdded, result.Statistics.WordsRemoved));
    }

    [Fact]
    public void Summarises_a_removal()
    {
        var result = TextDiffer.Compare("Ukraine launched new offensive operations in the region.", "Ukraine launched operations in the region.");

        Assert.StartsWith("Removed “new offensive”", DiffSummary.Of(result));
    }

    [Fact]
    public void Says_when_only_line_endings_changed()
    {
        var result = TextDiffer.Compare("One.\n\nTwo.\n", "One.\r\n\r\nTwo.\r\n");

        Assert.True(result.HasDifferences);
        Assert.Equal("Line endings changed in 2 places", DiffSummary.Of(result));
    }

    [Fact]
    public void Rejects_null_texts()
    {
        Assert.Throws<ArgumentNullException>(() => TextDiffer.Compare(null!, "x"));
        Assert.Throws<ArgumentNullException>(() => TextDiffer.Compare("x", null!));
    }

    [Fact]
    public void HasDifferences_agrees_with_a_comparison_as_a_property()
    {
        var options = Gen.Select(Gen.Enum<DiffGranularity>(), Gen.Bool, Gen.Bool, Gen.Bool, Gen.Bool)
            .Select((g, ws, c, p, u) => new DiffOptions { Granularity = g, IgnoreWhitespace = ws, IgnoreCase = c, NormalizePunctuation = p, NormalizeUnicode = u });
        // Pairs that are often equal, or equal but for a detail, as well as unrelated ones.
        var plain = Gen.OneOf(Gen.Const("cat"), Gen.Const("Cat"), Gen.Const("sat"), Gen.Const(" "), Gen.Const("  "), Gen.Const(". "), Gen.Const("\n\n"), Gen.Const("\r\n"), Gen.Const("\t"), Gen.Const("--"))
            .Array[0, 20].Select(string.Concat);
        var pairs = Gen.OneOf(
            Gen.Select(TextGen.Text, TextGen.Text),
            Gen.Select(plain, plain),
            TextGen.Text.Select(t => (t, t)),
            Gen.Select(TextGen.Text, Gen.Int[0, 1000], Gen.Char).Select((t, at, c) => (t, t.Length == 0 ? c.ToString() : t.Remove(at % t.Length, 1).Insert(at % t.Length, c.ToString()))));

        Gen.Select(pairs, options).Sample((pair, o) =>
        {
            var (a, b) = pair;

            var fast = TextDiffer.HasDifferences(a, b, o);

            Assert.True(
                fast == TextDiffer.Compare(a, b, o).HasDifferences,
                $"{o}: HasDifferences said {fast} for “{TextGen.Describe(a)}” → “{TextGen.Describe(b)}”");
        }, iter: 2000);
    }

    [Fact]
    public void HasDifferences_compares_when_only_a_comparison_can_tell()
    {
        // The same text in two Unicode forms (é composed, and e with a combining accent): not the same string, yet equal.
        var composed = "Caf\u00E9 au lait.";
        var decomposed = "Cafe\u0301 au lait.";

        Assert.False(TextDiffer.HasDifferences(composed, decomposed));
        Assert.True(TextDiffer.HasDifferences(composed, decomposed, new DiffOptions { NormalizeUnicode = false }));
        Assert.False(TextDiffer.HasDifferences("A  cat.", "a cat.", new DiffOptions { IgnoreCase = true, IgnoreWhitespace = true }));
        Assert.True(TextDiffer.HasDifferences("A cat.", "A dog."));
    }
}
