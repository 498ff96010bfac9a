using ArticleRevisions.Diffing;
using ArticleRevisions.Rendering;
using CsCheck;

namespace ArticleRevisions.Tests.Rendering;

public class EditRankTests
{
    // Words, names, numbers, dates, negations, honorifics, quotations and markup, in sentences, lines and paragraphs.
    private static readonly Gen<string> Article =
        Gen.OneOf(
                Gen.OneOf(Gen.Const("the"), Gen.Const("council"), Gen.Const("Kyiv"), Gen.Const("not"), Gen.Const("didn't"), Gen.Const("12"), Gen.Const("1,200"), Gen.Const("May"), Gen.Const("Monday"), Gen.Const("Mr."), Gen.Const("Dr"), Gen.Const("said")),
                Gen.OneOf(Gen.Const(" "), Gen.Const(". "), Gen.Const(", "), Gen.Const("\n"), Gen.Const("\n\n"), Gen.Const(" “"), Gen.Const("” "), Gen.Const("\""), Gen.Const("**"), Gen.Const("# "), Gen.Const("—")))
            .Array[0, 50]
            .Select(string.Concat);

    [Fact]
    public void A_rank_found_without_the_finer_labels_is_in_the_same_class_as_the_exact_one_as_a_property()
    {
        Gen.Select(Gen.OneOf(Article, TextGen.Text), Gen.OneOf(Article, TextGen.Text)).Sample((a, b) =>
        {
            var result = TextDiffer.Compare(a, b);

            foreach (var region in EditRegion.Collect(result.WordSpans, a, b))
            {
                if (region.IsWhitespaceOnly)
                {
                    continue;
                }

                var exact = EditRank.Of(region, a, b);
                var coarse = EditRank.Of(region, a, b, exact: false);
                var same = exact is EditRank.WholeSentence or >= EditRank.Counted || coarse is EditRank.WholeSentence or >= EditRank.Counted
                    ? coarse == exact
                    : coarse is > EditRank.WholeSentence and < EditRank.Counted && exact is > EditRank.WholeSentence and < EditRank.Counted;
                Assert.True(same, $"exact rank {exact}, coarse {coarse}: “{TextGen.Describe(region.Removed)}” → “{TextGen.Describe(region.Added)}” in “{TextGen.Describe(a)}” → “{TextGen.Describe(b)}”");
            }
        }, iter: 1500);
    }
}
