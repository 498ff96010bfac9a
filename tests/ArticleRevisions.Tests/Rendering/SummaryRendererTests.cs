using ArticleRevisions.Diffing;
using ArticleRevisions.Rendering;
using ArticleRevisions.Text;
using CsCheck;

namespace ArticleRevisions.Tests.Rendering;

public class SummaryRendererTests
{
    [Fact]
    public void Writes_one_line_quoting_the_edits_and_counting_sentences()
    {
        var result = TextDiffer.Compare("Ukraine launched new offensive operations.", "Ukraine conducts combat operations.");

        var summary = new SummaryRenderer().RenderToString(result);

        Assert.Equal("Replaced “launched new offensive” with “conducts combat”; 1 sentence changed\n", summary);
    }

    [Fact]
    public void Quotes_whole_words_at_character_granularity()
    {
        var options = new DiffOptions { Granularity = DiffGranularity.Character };

        var summary = new SummaryRenderer().RenderToString(TextDiffer.Compare("They recieved it.", "They received it.", options));

        Assert.Equal("Replaced “recieved” with “received”; 1 sentence changed\n", summary);
    }

    [Fact]
    public void Says_what_the_options_did_not_show_when_nothing_else_differs()
    {
        var options = new DiffOptions { NormalizePunctuation = true };

        var summary = new SummaryRenderer().RenderToString(TextDiffer.Compare("He said \"yes\" - twice...", "He said “yes” – twice…", options));

        Assert.Equal("No differences (2 quote changes, 1 dash change and 1 ellipsis change not shown)\n", summary);
    }

    [Fact]
    public void Quotes_an_edit_made_in_several_places_once_with_how_many_times()
    {
        var result = TextDiffer.Compare("The council met. The council voted. The council left.", "The mayor met. The mayor voted. The mayor left.");

        var summary = new SummaryRenderer().RenderToString(result);

        Assert.Equal("Replaced “council” with “mayor” (3×); 3 sentences changed\n", summary);
    }

    [Theory]
    [InlineData("He said \"no\" and 'yes'.", "He said “no” and ‘yes’.", "Changed straight quotes to curly quotes in 4 places")]
    [InlineData("He said “no”.", "He said \"no\".", "Changed curly quotes to straight quotes in 2 places")]
    public void Describes_a_change_of_quote_style_in_words(string oldText, string newText, string expected)
    {
        var summary = new SummaryRenderer().RenderToString(TextDiffer.Compare(oldText, newText));

        Assert.StartsWith(expected, summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The council met.\n", "\uFEFFThe council met.\n", "Byte-order mark added\n")]
    [InlineData("\uFEFFThe council met.\n", "The council met.\n", "Byte-order mark removed\n")]
    public void Names_a_byte_order_mark_and_never_prints_it(string oldText, string newText, string expected)
    {
        var summary = new SummaryRenderer().RenderToString(TextDiffer.Compare(oldText, newText));

        Assert.Equal(expected, summary);
    }

    [Fact]
    public void Shows_control_characters_in_quoted_edits_as_symbols()
    {
        var result = TextDiffer.Compare("Alarm sounds today.", "Alarm \u001b]52;c;aGk=\u0007 sounds today.");

        var summary = new SummaryRenderer().RenderToString(result);

        Assert.DoesNotContain('\u001b', summary);
        Assert.DoesNotContain('\u0007', summary);
        Assert.Contains("␛]52;c;aGk=␇", summary);
    }

    [Fact]
    public void Counts_an_edit_s_words_in_place_as_its_collapsed_quote_has_them_as_a_property()
    {
        // Every character .NET calls white space, and marks, joiners and prepended letters beside them (a mark after a
        // tab is a text element of its own, a word; after a space it clusters with it).
        var spaces = Enumerable.Range(0, 0x3001).Select(c => (char)c).Where(char.IsWhiteSpace).Select(c => c.ToString()).ToArray();
        var pieces = Gen.OneOf(Gen.OneOf(spaces), Gen.Const("\u0301"), Gen.Const("\u0D4E"), Gen.Const("\u0600"), Gen.Const("\uFF9E"), Gen.Const("\u200D"), Gen.Const("\u200B"), Gen.Const("a"), Gen.Const("1"), Gen.Const(","), Gen.Const("'"), Gen.Const("-"), Gen.Const("中"));
        var text = Gen.OneOf(pieces.Array[0, 24].Select(string.Concat), TextGen.Text);

        text.Sample(t =>
            Assert.Equal(WordScanner.Count(KeyNormalizer.CollapseWhitespace(t)) <= 8, DiffSummary.HasFewWords(t)), iter: 5000);
    }

    [Fact]
    public void Counts_an_edit_s_words_where_it_lies_in_its_text_as_it_counts_them_alone_as_a_property()
    {
        // A region's sides are read in place in the whole texts: what stands around a side must not change its count.
        var pieces = Gen.OneOf(Gen.Const(" "), Gen.Const("\t"), Gen.Const("\u0301"), Gen.Const("\u200D"), Gen.Const("a"), Gen.Const("1"), Gen.Const(","), Gen.Const("'"), Gen.Const("-"), Gen.Const("中"), Gen.Const("e\u0301"));
        var text = Gen.OneOf(pieces.Array[0, 24].Select(string.Concat), TextGen.Text);

        Gen.Select(text, text, text).Sample((before, t, after) =>
            Assert.Equal(DiffSummary.HasFewWords(t), DiffSummary.HasFewWords(before + t + after, before.Length, before.Length + t.Length)), iter: 3000);
    }

    [Fact]
    public void Reads_text_collapsed_in_place_as_collapsing_it_would_as_a_property()
    {
        var pieces = Gen.OneOf(Gen.Const("a"), Gen.Const("bc"), Gen.Const(" "), Gen.Const("  "), Gen.Const("\t\n"), Gen.Const("\r\n"), Gen.Const("\u00A0"), Gen.Const("\u2028"), Gen.Const("é"));
        var text = Gen.OneOf(pieces.Array[0, 12].Select(string.Concat), TextGen.Text);

        Gen.Select(text, text).Sample((a, b) =>
        {
            var (collapsedA, collapsedB) = (KeyNormalizer.CollapseWhitespace(a), KeyNormalizer.CollapseWhitespace(b));

            Assert.Equal(collapsedA, DiffSummary.CollapsedText.ToString(a));
            Assert.Equal(collapsedA == collapsedB, DiffSummary.CollapsedText.Same(a, collapsedB));
            if (collapsedA == collapsedB)
            {
                Assert.Equal(DiffSummary.CollapsedText.Hash(a), DiffSummary.CollapsedText.Hash(b));
            }
        }, iter: 3000);
    }

    [Fact]
    public void Tells_texts_equal_but_for_line_endings_as_replacing_them_would_as_a_property()
    {
        var text = Gen.OneOf(Gen.Const("\r"), Gen.Const("\n"), Gen.Const("\r\n"), Gen.Const(" "), Gen.Const("a")).Array[0, 8].Select(string.Concat);

        Gen.Select(text, text).Sample((a, b) =>
            Assert.Equal(
                a.Replace("\r\n", "\n", StringComparison.Ordinal) == b.Replace("\r\n", "\n", StringComparison.Ordinal),
                DiffSummary.SameButLineEndings(a, b)), iter: 3000);
    }

    [Fact]
    public void Quotes_what_ranking_every_edit_in_full_would_quote_as_a_property()
    {
        // Many edits of every kind, so the quoted fill up early and most edits are ranked only coarsely.
        var word = Gen.OneOf(
            Gen.Const("the"), Gen.Const("council"), Gen.Const("counsil"), Gen.Const("Kyiv"), Gen.Const("not"), Gen.Const("12"), Gen.Const("1,200"),
            Gen.Const("May"), Gen.Const("Monday"), Gen.Const("Mr."), Gen.Const("said"), Gen.Const("“quoted”"), Gen.Const("**bold**"), Gen.Const("Army"));
        var gap = Gen.OneOf(Gen.Const(" "), Gen.Const(" "), Gen.Const(". "), Gen.Const(", "), Gen.Const("\n\n"), Gen.Const(" \""));
        var article = Gen.Select(word, gap).Select((w, g) => w + g).Array[20, 120].Select(string.Concat);
        var edit = Gen.Select(article, Gen.Int[0, 1_000_000].Array[1, 40], word.Array[40]);

        edit.Sample((text, places, replacements) =>
        {
            var words = text.Split(' ');
            for (var i = 0; i < places.Length; i++)
            {
                words[places[i] % words.Length] = replacements[i];
            }

            var result = TextDiffer.Compare(text, string.Join(' ', words));

            Assert.Equal(DiffSummary.Of(result, exactRanks: true), DiffSummary.Of(result));
        }, iter: 1500);
    }
}
