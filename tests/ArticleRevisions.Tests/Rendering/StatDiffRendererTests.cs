using ArticleRevisions.Diffing;
using ArticleRevisions.Rendering;

namespace ArticleRevisions.Tests.Rendering;

public class StatDiffRendererTests
{
    [Fact]
    public void Writes_the_summary_and_a_compact_table_of_counts()
    {
        var result = Samples.Kursk().Build();

        var stat = new StatDiffRenderer().RenderToString(Compared.Of(result));

        Assert.Equal(
            "old → new: Replaced “new offensive” with “combat”; 1 sentence changed\n"
            + "\n"
            + "            added  removed  changed  moved\n"
            + "words          +1       -2\n"
            + "sentences       0        0        1      0\n"
            + "paragraphs      0        0        1      0\n"
            + "similarity  91.2%\n",
            stat);
    }

    [Fact]
    public void Says_which_changes_were_ignored_under_the_summary()
    {
        var result = Samples.Kursk().WithIgnored(IgnoredChangeKind.Quotes, 1).WithIgnored(IgnoredChangeKind.Whitespace, 2).Build();

        var stat = new StatDiffRenderer().RenderToString(Compared.Of(result));

        Assert.StartsWith(
            "old → new: Replaced “new offensive” with “combat”; 1 sentence changed\n2 whitespace changes and 1 quote change not shown\n\n",
            stat);
    }

    [Fact]
    public void Counts_a_moved_paragraph_as_moved_with_its_inner_words()
    {
        var result = Samples.MovedParagraph().WithSimilarity(0.8).Build();

        var stat = new StatDiffRenderer().RenderToString(Compared.Of(result));

        Assert.Equal(
            "old → new: 1 paragraph moved\n"
            + "\n"
            + "            added  removed  changed  moved\n"
            + "words          +1       -1\n"
            + "sentences       0        0        0      0\n"
            + "paragraphs      0        0        0      1\n"
            + "similarity  80.0%\n",
            stat);
    }

    [Fact]
    public void Shows_full_similarity_for_identical_texts()
    {
        var result = ResultBuilder.ForTexts("Same.", "Same.");

        var stat = new StatDiffRenderer().RenderToString(Compared.Of(result));

        Assert.EndsWith("similarity  100.0%\n", stat);
    }

    [Theory]
    [InlineData(1.0, "99.9%")]
    [InlineData(0.99996, "99.9%")]
    [InlineData(0.9666, "96.6%")]
    [InlineData(0.966, "96.6%")]
    public void Rounds_similarity_down_and_never_shows_100_percent_for_texts_that_differ(double similarity, string shown)
    {
        var result = Samples.MovedParagraph().WithSimilarity(similarity).Build();

        var stat = new StatDiffRenderer().RenderToString(Compared.Of(result));

        Assert.EndsWith($"similarity  {shown}\n", stat);
    }
}
