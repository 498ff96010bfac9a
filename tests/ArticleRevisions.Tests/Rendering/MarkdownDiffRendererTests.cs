using ArticleRevisions.Diffing;
using ArticleRevisions.Rendering;
using NodaTime;

namespace ArticleRevisions.Tests.Rendering;

public class MarkdownDiffRendererTests
{
    [Fact]
    public void Writes_a_heading_the_summary_and_the_Kursk_edit_struck_and_bold()
    {
        var result = Samples.Kursk().Build();

        var markdown = new MarkdownDiffRenderer().RenderToString(Compared.Of(result));

        Assert.Equal(
            "**old → new**\n\n"
            + "Replaced “new offensive” with “combat”; 1 sentence changed\n\n"
            + "This strike is part of the ~~new offensive~~**combat** operations launched by units of the Ukrainian Defense Forces in the Kursk region.\n",
            markdown);
    }

    [Fact]
    public void Names_the_versions_with_their_times_and_says_what_was_ignored()
    {
        var result = new ResultBuilder()
            .Same("Він сказав «так».", "Він сказав \"так\".")
            .WithIgnored(IgnoredChangeKind.Quotes, 2)
            .Build();
        var model = Compared.Of(result, oldLabel: "revision 1", newLabel: "revision 2", oldTime: TestData.Morning, newTime: TestData.Morning + Duration.FromMinutes(215), zone: TestData.Kyiv);

        var markdown = new MarkdownDiffRenderer().RenderToString(model);

        Assert.Equal(
            "**revision 1 (2025-01-07 10:12:00 +02:00) → revision 2 (2025-01-07 13:47:00 +02:00)**\n\n"
            + "No differences (2 quote changes not shown)\n\n"
            + "2 quote changes not shown\n\n"
            + "Він сказав \"так\".\n",
            markdown);
    }

    [Fact]
    public void Escapes_Markdown_in_article_text_so_it_renders_literally()
    {
        var result = new ResultBuilder()
            .Same("# Not a heading\n- not a list\n1. not a list\n*stars* _under_ `code` [link](x) <b>tag</b> a|b ~tilde~ &amp; $5 \\ end!\n")
            .Build();

        var markdown = new MarkdownDiffRenderer().RenderToString(Compared.Of(result, oldLabel: "[old]", newLabel: "new_1"));

        Assert.Equal(
            "**\\[old\\] → new\\_1**\n\n"
            + "No differences\n\n"
            + "\\# Not a heading\\\n"
            + "\\- not a list\\\n"
            + "1\\. not a list\\\n"
            + "\\*stars\\* \\_under\\_ \\`code\\` \\[link\\](x) \\<b\\>tag\\</b\\> a\\|b \\~tilde\\~ \\&amp; \\$5 \\\\ end!\n",
            markdown);
    }

    [Fact]
    public void Keeps_marks_working_where_a_letter_meets_punctuation()
    {
        var result = new ResultBuilder()
            .Same("Defense Forces")
            .Inserted(", which conduct combat operations")
            .Same(" in the region; ")
            .Inserted("“new”")
            .Same("s.")
            .Build();

        var markdown = new MarkdownDiffRenderer().RenderToString(Compared.Of(result));

        Assert.EndsWith(
            "Defense Force&#x73;**, which conduct combat operations** in the region; **“new”**&#x73;.\n",
            markdown);
    }

    [Fact]
    public void Keeps_marks_inside_white_space_and_within_each_line()
    {
        var result = new ResultBuilder()
            .Same("Start")
            .Inserted(" first line\nsecond line ")
            .Same("end.\n\n")
            .Deleted("A whole paragraph.\n\n")
            .Same("Last.")
            .Build();

        var markdown = new MarkdownDiffRenderer().RenderToString(Compared.Of(result));

        Assert.EndsWith("Start **first line**\\\n**second line** end.\n\n~~A whole paragraph.~~\n\nLast.\n", markdown);
    }

    [Fact]
    public void Shows_both_ends_of_a_move_with_arrows_pointing_to_each_other_and_the_edits_made_on_the_way()
    {
        var result = Samples.MovedParagraph().Build();

        var markdown = new MarkdownDiffRenderer().RenderToString(Compared.Of(result));

        Assert.EndsWith(
            "**The** ~~old~~**new cat sat.** (moved here from below)\n\nFirst paragraph.\n\n~~The old cat sat.~~ (moved from here to above)\n\nLast paragraph.\n",
            markdown);
    }

    [Fact]
    public void Keeps_an_indented_paragraph_from_becoming_a_code_block()
    {
        var result = new ResultBuilder().Same("Intro.\n\n    Indented, a $5 fee.\n\tTabbed.\n\n   Three spaces.\n").Build();

        var markdown = new MarkdownDiffRenderer().RenderToString(Compared.Of(result));

        Assert.EndsWith("Intro.\n\n&#32;   Indented, a \\$5 fee.\\\n&#9;Tabbed.\n\n   Three spaces.\n", markdown);
    }

    [Fact]
    public void Keeps_CRLF_and_the_article_line_breaks()
    {
        var result = new ResultBuilder().Same("one\r\n").Deleted("two\r\n").Same("three\r\n").Build();

        var markdown = new MarkdownDiffRenderer().RenderToString(Compared.Of(result));

        Assert.EndsWith("\n\none\\\r\n~~two~~\\\r\nthree\r\n", markdown);
    }

    [Fact]
    public void Keeps_Cyrillic_text()
    {
        var result = Samples.KurskUkrainian().Build();

        var markdown = new MarkdownDiffRenderer().RenderToString(Compared.Of(result));

        Assert.EndsWith("Цей удар є частиною ~~нових наступальних~~**бойових** операцій підрозділів Сил оборони України в Курській області.\n", markdown);
    }

    [Fact]
    public void Writes_a_table_of_counts_instead_of_the_text_when_only_statistics_are_asked_for()
    {
        var result = Samples.Kursk().Build();

        var markdown = new MarkdownDiffRenderer(new MarkdownDiffOptions { StatOnly = true }).RenderToString(Compared.Of(result));

        Assert.Equal(
            "**old → new**\n\n"
            + "Replaced “new offensive” with “combat”; 1 sentence changed\n\n"
            + "| | added | removed | changed | moved |\n"
            + "|:--|--:|--:|--:|--:|\n"
            + "| words | +1 | -2 | | |\n"
            + "| sentences | 0 | 0 | 1 | 0 |\n"
            + "| paragraphs | 0 | 0 | 1 | 0 |\n"
            + "\nSimilarity: 91.2%\n",
            markdown);
    }

    [Fact]
    public void Writes_only_the_heading_and_summary_for_two_empty_texts()
    {
        var result = ResultBuilder.ForTexts(string.Empty, string.Empty);

        var markdown = new MarkdownDiffRenderer().RenderToString(Compared.Of(result));

        Assert.Equal("**old → new**\n\nNo differences\n", markdown);
    }
}
