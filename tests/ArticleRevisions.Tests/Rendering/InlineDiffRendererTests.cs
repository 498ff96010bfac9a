using ArticleRevisions.Rendering;

namespace ArticleRevisions.Tests.Rendering;

public class InlineDiffRendererTests
{
    private const string Red = "\u001b[31m\u001b[9m";
    private const string Green = "\u001b[32m";
    private const string Cyan = "\u001b[36m";
    private const string CyanStruck = "\u001b[36m\u001b[9m";
    private const string Reset = "\u001b[0m";

    private static readonly InlineDiffRenderer Plain = new();
    private static readonly InlineDiffRenderer Colour = new(new InlineDiffOptions { Color = true });

    [Fact]
    public void Starts_with_a_header_naming_both_versions_and_the_summary()
    {
        var result = Samples.Kursk().Build();

        var plain = Plain.RenderToString(Compared.Of(result, "original.txt", "edited.txt"));
        var colour = Colour.RenderToString(Compared.Of(result));

        Assert.StartsWith($"original.txt → edited.txt: {Samples.KurskSummary}\n\n", plain);
        Assert.StartsWith($"\u001b[1mold → new: {Samples.KurskSummary}{Reset}\n\n", colour);
    }

    /// <summary>The output without its header line and the blank line after it.</summary>
    private static string Body(string output)
    {
        var header = output.IndexOf("\n\n", StringComparison.Ordinal);
        return output.Contains(" → ", StringComparison.Ordinal) && header >= 0 ? output[(header + 2)..] : output;
    }

    [Fact]
    public void Marks_the_Kursk_edit_with_text_markers_when_colour_is_off()
    {
        var result = Samples.Kursk().Build();

        var output = Body(Plain.RenderToString(Compared.Of(result)));

        Assert.Equal(
            "This strike is part of the [-new offensive-]{+combat+} operations launched by units of the Ukrainian Defense Forces in the Kursk region.\n",
            output);
    }

    [Fact]
    public void Colours_deleted_text_red_and_struck_and_inserted_text_green()
    {
        var result = Samples.Kursk().Build();

        var output = Body(Colour.RenderToString(Compared.Of(result)));

        Assert.Equal(
            $"This strike is part of the {Red}new offensive{Reset}{Green}combat{Reset} operations launched by units of the Ukrainian Defense Forces in the Kursk region.\n",
            output);
    }

    [Fact]
    public void Resets_the_colour_before_every_line_break_and_reopens_it_after()
    {
        var result = new ResultBuilder().Same("Keep\n").Deleted("one\ntwo\r\n\nthree").Inserted("four\n").Build();

        var output = Body(Colour.RenderToString(Compared.Of(result)));

        Assert.Equal($"Keep\n{Red}one{Reset}\n{Red}two{Reset}\r\n\n{Red}three{Reset}{Green}four{Reset}\n", output);
        Assert.All(output.Split('\n'), line => Assert.True(line.LastIndexOf('\u001b') <= line.LastIndexOf(Reset, StringComparison.Ordinal), line));
    }

    [Fact]
    public void Marks_both_ends_of_a_move_with_its_number_and_its_own_edits_inside()
    {
        var result = Samples.MovedParagraph().Build();

        var output = Body(Plain.RenderToString(Compared.Of(result)));

        Assert.Equal(
            "{>1 The [-old-]{+new+} cat sat.\n\n<}First paragraph.\n\n[<1 The old cat sat.\n\n>]Last paragraph.\n",
            output);
    }

    [Fact]
    public void Colours_moved_text_cyan_with_its_own_edits_red_and_green()
    {
        var result = Samples.MovedParagraph().Build();

        var output = Body(Colour.RenderToString(Compared.Of(result)));

        Assert.Equal(
            $"{Cyan}The {Reset}{Red}old{Reset}{Green}new{Reset}{Cyan} cat sat.{Reset}\n\nFirst paragraph.\n\n"
            + $"{CyanStruck}The old cat sat.{Reset}\n\nLast paragraph.\n",
            output);
    }

    [Fact]
    public void Shows_the_new_text_of_a_stretch_that_differs_only_in_ignored_ways()
    {
        var result = new ResultBuilder().Same("Said  “yes”", "Said \"yes\"").Inserted(" twice").Same(".").Build();

        var output = Body(Plain.RenderToString(Compared.Of(result)));

        Assert.Equal("Said \"yes\"{+ twice+}.\n", output);
    }

    [Fact]
    public void Keeps_CRLF_line_endings_and_always_ends_with_a_newline()
    {
        var crlf = new ResultBuilder().Same("one\r\n").Deleted("two\r\n").Same("three").Build();
        var withNewline = new ResultBuilder().Same("one\n").Inserted("two\n").Build();

        var crlfOutput = Body(Plain.RenderToString(Compared.Of(crlf)));
        var withNewlineOutput = Body(Plain.RenderToString(Compared.Of(withNewline)));

        Assert.Equal("one\r\n[-two\r\n-]three\n", crlfOutput);
        Assert.Equal("one\n{+two\n+}\n", withNewlineOutput);
    }

    [Fact]
    public void Keeps_Cyrillic_text_as_it_is()
    {
        var result = Samples.KurskUkrainian().Build();

        var output = Body(Plain.RenderToString(Compared.Of(result)));

        Assert.Equal("Цей удар є частиною [-нових наступальних-]{+бойових+} операцій підрозділів Сил оборони України в Курській області.\n", output);
    }

    [Fact]
    public void Writes_only_the_header_for_identical_texts()
    {
        var result = new ResultBuilder().Same("Nothing changed here.").Build();

        var output = Plain.RenderToString(Compared.Of(result));

        Assert.Equal("old → new: No differences\n", output);
    }

    [Fact]
    public void Writes_only_the_header_for_two_empty_texts()
    {
        var result = ResultBuilder.ForTexts(string.Empty, string.Empty);

        var output = Plain.RenderToString(Compared.Of(result));

        Assert.Equal("old → new: No differences\n", output);
    }
}
