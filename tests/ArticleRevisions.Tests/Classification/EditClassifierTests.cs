using System.Text.RegularExpressions;
using ArticleRevisions.Classification;
using ArticleRevisions.Diffing;
using ArticleRevisions.Storage;
using ArticleRevisions.Text;
using CsCheck;

namespace ArticleRevisions.Tests.Classification;

public class EditClassifierTests
{
    [Theory]
    [InlineData("The council met.\nIt voted.", "The council met.\r\nIt voted.", EditLabel.Formatting)]
    [InlineData("Рада зібралася.  Вона проголосувала.", "Рада зібралася. Вона проголосувала.", EditLabel.Formatting)]
    [InlineData("He said \"yes\" today.", "He said “yes” today.", EditLabel.Punctuation)]
    [InlineData("The plan - approved - stands.", "The plan — approved — stands.", EditLabel.Punctuation)]
    [InlineData("Він сказав: так.", "Він сказав, так.", EditLabel.Punctuation)]
    [InlineData("Officers had recieved the report.", "Officers had received the report.", EditLabel.SpellingFix)]
    [InlineData("Офіцери отримали звіт вчосно.", "Офіцери отримали звіт вчасно.", EditLabel.SpellingFix)]
    [InlineData("The repairs cost £4.2 million.", "The repairs cost £6.8 million.", EditLabel.NumberOrDate)]
    [InlineData("The bridge closes on 3 March.", "The bridge closes on 10 March.", EditLabel.NumberOrDate)]
    [InlineData("The bridge closes in March for work.", "The bridge closes in April for work.", EditLabel.NumberOrDate)]
    [InlineData("Удар завдано 7 січня вранці.", "Удар завдано 8 січня вранці.", EditLabel.NumberOrDate)]
    [InlineData("Удар завдано у січні, 7 січня.", "Удар завдано у січні, 7 лютого.", EditLabel.NumberOrDate)]
    [InlineData("The army confirmed the strike.", "The army did not confirm the strike.", EditLabel.Negation)]
    [InlineData("The army didn't confirm the strike.", "The army confirmed the strike.", EditLabel.Negation)]
    [InlineData("Армія підтвердила удар.", "Армія не підтвердила удар.", EditLabel.Negation)]
    [InlineData("She said “we will rebuild the bridge” today.", "She said “we might rebuild the bridge” today.", EditLabel.Quotation)]
    [InlineData("Він заявив: «ми відбудуємо міст» сьогодні.", "Він заявив: «ми можемо відбудувати міст» сьогодні.", EditLabel.Quotation)]
    [InlineData("The strike hit a post.", "The strike hit a post. Losses are being clarified.", EditLabel.TextAdded)]
    [InlineData("Удар влучив. Втрати уточнюються.", "Удар влучив.", EditLabel.TextRemoved)]
    [InlineData("part of the new offensive operations", "part of the combat operations", EditLabel.Rewritten)]
    [InlineData("частина нових наступальних операцій", "частина бойових дій", EditLabel.Rewritten)]
    public void Labels_each_kind_of_edit(string oldText, string newText, EditLabel expected)
    {
        var changes = EditClassifier.Changes(oldText, newText);

        Assert.Contains(expected, changes.SelectMany(c => c.Labels));
    }

    [Theory]
    [InlineData("", "The army did not confirm the strike. Numbers: 3 and 2025.")]
    [InlineData("The strike hit a post.", "The strike hit a post. We will not wait until 7 March.")]
    public void Words_inside_wholly_new_text_are_just_added_text(string oldText, string newText)
    {
        var labels = EditClassifier.Changes(oldText, newText).SelectMany(c => c.Labels).Distinct();

        Assert.Equal([EditLabel.TextAdded], labels);
    }

    [Theory]
    [InlineData("Then he fled the city.", "Then she fled the city.")]
    [InlineData("Prices rise again.", "Prices rose again.")]
    [InlineData("They may attack soon.", "They will attack soon.")]
    public void A_short_word_changed_is_a_change_of_meaning_not_a_typo(string oldText, string newText)
    {
        var labels = EditClassifier.Changes(oldText, newText).SelectMany(c => c.Labels).Distinct().ToArray();

        Assert.Equal([EditLabel.Rewritten], labels);
    }

    [Theory]
    [InlineData("The council met on 3 March to discuss the budget.", "Flooding closed the harbour road for 2 days last week.")]
    [InlineData("Рада зібралася 3 березня, щоб обговорити бюджет.", "Повінь закрила портову дорогу на 2 дні минулого тижня.")]
    public void A_complete_rewrite_holding_a_number_is_rewritten_as_well(string oldText, string newText)
    {
        var labels = EditClassifier.Changes(oldText, newText).SelectMany(c => c.Labels).Distinct().ToArray();

        Assert.Equal([EditLabel.NumberOrDate, EditLabel.Rewritten], labels);
    }

    [Theory]
    [InlineData("The repairs cost £4.2 million.", "The repairs cost £6.8 million.", new[] { EditLabel.NumberOrDate })]
    [InlineData("The army confirmed the strike.", "The army did not confirm the strike.", new[] { EditLabel.Negation })]
    public void A_number_or_negation_changed_in_place_is_not_a_rewrite(string oldText, string newText, EditLabel[] expected)
    {
        var labels = EditClassifier.Changes(oldText, newText).SelectMany(c => c.Labels).Distinct().ToArray();

        Assert.Equal(expected, labels);
    }

    [Fact]
    public void Labels_a_moved_paragraph_as_a_move()
    {
        var oldText = "Alpha paragraph has several words.\n\nBeta paragraph has several words.\n\nGamma paragraph has several words.\n";
        var newText = "Beta paragraph has several words.\n\nGamma paragraph has several words.\n\nAlpha paragraph has several words.\n";

        var changes = EditClassifier.Changes(oldText, newText);

        Assert.Equal([EditLabel.Moved], changes.SelectMany(c => c.Labels).Distinct());
    }

    [Fact]
    public void The_kursk_edit_is_a_substantive_stealth_edit()
    {
        var history = HistoryFile.Read(TestData.FixturePath("general-staff-kursk", "history.jsonl"));

        var classifications = EditClassifier.Classify(history);

        Assert.Equal(EditVerdict.Original, classifications[0].Verdict);
        Assert.False(classifications[0].IsStealthEdit);
        Assert.Equal(EditVerdict.Substantive, classifications[1].Verdict);
        Assert.True(classifications[1].IsStealthEdit);
        Assert.Contains(EditLabel.Rewritten, classifications[1].Labels);
        Assert.Contains(classifications[1].Changes, c => c.Removed.Contains("new offensive", StringComparison.Ordinal));
    }

    [Fact]
    public void Judges_the_harbour_bridge_revisions()
    {
        var history = HistoryFile.Read(TestData.FixturePath("harbour-bridge", "history.jsonl"));

        var verdicts = EditClassifier.Classify(history).Select(c => (c.Verdict, c.IsStealthEdit)).ToArray();

        Assert.Equal(
            [
                (EditVerdict.Original, false),
                (EditVerdict.Cosmetic, false),
                (EditVerdict.Cosmetic, false),
                (EditVerdict.Cosmetic, false),
                (EditVerdict.Substantive, false),
                (EditVerdict.Substantive, true),
                (EditVerdict.Substantive, false),
                (EditVerdict.Substantive, false),
            ],
            verdicts);
    }

    [Fact]
    public void A_substantive_edit_with_a_note_is_not_a_stealth_edit()
    {
        var history = TestData.History("The army confirmed it.");
        history = history.Append(new ArticleRevisions.Model.RevisionDraft("The army did not confirm it.") { Note = "Correction: an earlier version misstated the army's position.", At = history.Latest!.At + NodaTime.Duration.FromHours(1) }, TestData.Clock()).History;

        var classification = EditClassifier.Classify(history)[1];

        Assert.Equal(EditVerdict.Substantive, classification.Verdict);
        Assert.False(classification.IsStealthEdit);
    }

    [Fact]
    public void A_revision_whose_text_equals_an_earlier_one_is_a_revert_to_it()
    {
        var history = TestData.History(
            "The strike is part of the new offensive operations. Losses are being clarified.",
            "The strike is part of the combat operations. Losses are being clarified.",
            "The strike is part of the new offensive operations. Losses are being clarified.");

        var classifications = EditClassifier.Classify(history);

        Assert.DoesNotContain(EditLabel.Revert, classifications[1].Labels);
        Assert.Null(classifications[1].RevertsTo);
        Assert.Contains(EditLabel.Revert, classifications[2].Labels);
        Assert.Contains(EditLabel.Rewritten, classifications[2].Labels);
        Assert.Equal(1, classifications[2].RevertsTo);
        Assert.Equal(EditVerdict.Substantive, classifications[2].Verdict);
    }

    [Fact]
    public void Text_put_back_after_an_earlier_revision_removed_it_is_a_partial_revert()
    {
        var history = TestData.History(
            "The strike is part of the new offensive operations. Losses are being clarified.",
            "The strike is part of the combat operations. Losses are being clarified.",
            "The strike is part of the combat operations. Losses are being clarified. Two posts were hit.",
            "The strike is part of the new offensive operations. Losses are being clarified. Two posts were hit.");

        var classifications = EditClassifier.Classify(history);

        Assert.DoesNotContain(EditLabel.Revert, classifications[2].Labels);
        var revert = classifications[3];
        Assert.Null(revert.RevertsTo);
        var restored = Assert.Single(revert.Changes, c => c.Labels.Contains(EditLabel.Revert));
        Assert.Equal("new offensive", restored.Added);
    }

    [Fact]
    public void Two_revisions_alone_never_tell_a_revert()
    {
        var history = TestData.History("The bridge is open.", "The bridge is closed.", "The bridge is open.");

        var pairwise = EditClassifier.Classify(history.GetRevision(2), history.GetRevision(3));

        Assert.DoesNotContain(EditLabel.Revert, pairwise.Labels);
        Assert.Equal(1, EditClassifier.Classify(history)[2].RevertsTo);
    }

    [Fact]
    public void Identical_text_has_no_changes()
    {
        Assert.Empty(EditClassifier.Changes("Same.", "Same."));
    }

    [Fact]
    public void Compares_plain_forms_as_it_reads_them_as_building_both_would_as_a_property()
    {
        static string Plain(string text) => KeyNormalizer.CollapseWhitespace(KeyNormalizer.Typography(text));
        var pieces = Gen.OneOf(Gen.Const("a"), Gen.Const(" "), Gen.Const("\u00A0"), Gen.Const("\t\n"), Gen.Const("…"), Gen.Const("..."), Gen.Const("“"), Gen.Const("\""), Gen.Const("—"), Gen.Const("-"), Gen.Const("’"), Gen.Const("'"));
        var text = Gen.OneOf(pieces.Array[0, 10].Select(string.Concat), TextGen.Text);

        Gen.Select(text, text).Sample((a, b) =>
            Assert.Equal(Plain(a) == Plain(b), EditClassifier.PlainEquals(a, b)), iter: 3000);
    }

    [Fact]
    public void Finds_the_numbers_the_pattern_of_digits_and_separators_matches_as_a_property()
    {
        // The definition the scan replaced: each match of \d+(?:[.,:]\d+)*, its commas dropped.
        var pattern = new Regex(@"\d+(?:[.,:]\d+)*", RegexOptions.CultureInvariant);
        var pieces = Gen.OneOf(Gen.Const("1"), Gen.Const("20"), Gen.Const("."), Gen.Const(","), Gen.Const(":"), Gen.Const(" "), Gen.Const("a"), Gen.Const("٣"), Gen.Const("१"), Gen.Const("-"), Gen.Const("1,200.50"), Gen.Const("10:30"));
        var text = Gen.OneOf(pieces.Array[0, 16].Select(string.Concat), TextGen.Text);

        text.Sample(t =>
            Assert.Equal(pattern.Matches(t).Select(m => m.Value.Replace(",", string.Empty, StringComparison.Ordinal)), EditClassifier.Numbers(t)), iter: 3000);
    }

    [Fact]
    public void Tells_the_same_numbers_in_place_as_comparing_the_number_lists_as_a_property()
    {
        var pieces = Gen.OneOf(Gen.Const("1"), Gen.Const("20"), Gen.Const("."), Gen.Const(","), Gen.Const(":"), Gen.Const(" "), Gen.Const("a"), Gen.Const("٣"), Gen.Const("1,200"), Gen.Const("1200"), Gen.Const(",,"));
        var text = Gen.OneOf(pieces.Array[0, 10].Select(string.Concat), TextGen.Text);

        Gen.Select(text, text).Sample((a, b) =>
            Assert.Equal(EditClassifier.Numbers(a).SequenceEqual(EditClassifier.Numbers(b)), EditClassifier.SameNumbers(a, b)), iter: 3000);
    }

    [Fact]
    public void The_headline_only_labels_agree_with_the_full_ones_on_formatting_punctuation_and_headline_as_a_property()
    {
        var words = Gen.OneOf(Gen.Const("the"), Gen.Const("The"), Gen.Const("council"), Gen.Const("counsil"), Gen.Const("Kyiv"), Gen.Const("not"), Gen.Const("12"), Gen.Const("May"), Gen.Const("Mr."), Gen.Const("**"), Gen.Const("# "));
        var gaps = Gen.OneOf(Gen.Const(" "), Gen.Const(". "), Gen.Const(", "), Gen.Const("\n"), Gen.Const("\n\n"), Gen.Const(" “"), Gen.Const("” "), Gen.Const("\""));
        var article = Gen.OneOf(words, gaps).Array[0, 30].Select(string.Concat);

        Gen.Select(Gen.OneOf(article, TextGen.Text), Gen.OneOf(article, TextGen.Text)).Sample((a, b) =>
        {
            foreach (var region in EditRegion.Collect(TextDiffer.Compare(a, b).WordSpans, a, b))
            {
                var full = EditClassifier.Labels(region, a, b);
                var coarse = EditClassifier.Labels(region, a, b, headlineOnly: true);

                foreach (var label in new[] { EditLabel.Formatting, EditLabel.Punctuation, EditLabel.Headline })
                {
                    Assert.Equal(full.Contains(label), coarse.Contains(label));
                }

                Assert.Equal(full.ToImmutableArray(), EditClassifier.Label(region, a, b));
            }
        }, iter: 2000);
    }
}
