using ArticleRevisions.Diffing;
using ArticleRevisions.Rendering;

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
}
