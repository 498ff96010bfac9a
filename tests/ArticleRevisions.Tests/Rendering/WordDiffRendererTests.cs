using ArticleRevisions.Rendering;
using CsCheck;

namespace ArticleRevisions.Tests.Rendering;

public class WordDiffRendererTests
{
    [Fact]
    public void Marks_the_Kursk_edit_with_git_word_diff_markers()
    {
        var result = Samples.Kursk().Build();

        var output = new WordDiffRenderer().RenderToString(Compared.Of(result));

        Assert.Equal(
            "This strike is part of the [-new offensive-]{+combat+} operations launched by units of the Ukrainian Defense Forces in the Kursk region.\n",
            output);
    }

    [Fact]
    public void Matches_the_body_of_gits_own_word_diff_for_the_same_edit()
    {
        using var dir = new TempDirectory();
        var result = new ResultBuilder()
            .Same("Statement.\n\nThis strike is part of the ")
            .Deleted("new offensive")
            .Inserted("combat")
            .Same(" operations launched.\n")
            .Build();
        File.WriteAllText(dir.File("old.txt"), result.OldText);
        File.WriteAllText(dir.File("new.txt"), result.NewText);

        var output = new WordDiffRenderer().RenderToString(Compared.Of(result));
        var (_, git) = ExternalTool.Run("git", dir.Path, "diff", "--no-index", "--no-color", "--word-diff=plain", "-U100", "old.txt", "new.txt");

        var gitBody = git[(git.IndexOf("@@\n", git.IndexOf("@@ ", StringComparison.Ordinal), StringComparison.Ordinal) + 3)..];
        Assert.Equal(gitBody, output);
    }

    [Fact]
    public void Merges_neighbouring_changes_into_one_removed_and_one_added_run()
    {
        var result = new ResultBuilder().Same("Then ").Deleted("a ").Inserted("b ").Deleted("c").Inserted("d").Same(" end").Build();

        var output = new WordDiffRenderer().RenderToString(Compared.Of(result));

        Assert.Equal("Then [-a c-]{+b d+} end\n", output);
    }

    [Fact]
    public void Closes_markers_before_each_line_break_as_git_does()
    {
        var result = new ResultBuilder().Same("Start ").Deleted("one\ntwo\n\n").Inserted("uno\r\ndos").Build();

        var output = new WordDiffRenderer().RenderToString(Compared.Of(result));

        Assert.Equal("Start [-one-]\n[-two-]\n\n{+uno+}\r\n{+dos+}\n", output);
    }

    [Fact]
    public void Shows_a_move_as_a_removal_and_an_addition()
    {
        var result = Samples.MovedParagraph().Build();

        var output = new WordDiffRenderer().RenderToString(Compared.Of(result));

        Assert.Equal("{+The new cat sat.+}\n\nFirst paragraph.\n\n[-The old cat sat.-]\n\nLast paragraph.\n", output);
    }

    [Fact]
    public void Writes_no_colour_unless_asked()
    {
        var result = Samples.KurskUkrainian().Build();

        var output = new WordDiffRenderer(new WordDiffOptions { Color = false }).RenderToString(Compared.Of(result));

        Assert.Equal("Цей удар є частиною [-нових наступальних-]{+бойових+} операцій підрозділів Сил оборони України в Курській області.\n", output);
    }

    [Fact]
    public void Does_not_split_a_change_at_an_unchanged_stretch_that_shows_nothing()
    {
        var result = new ResultBuilder().Same("A").Deleted(" b").Same(" ", string.Empty).Inserted("c").Same(".").Build();

        var output = new WordDiffRenderer().RenderToString(Compared.Of(result));

        Assert.Equal("A[- b-]{+c+}.\n", output);
    }

    [Fact]
    public void Writes_nothing_for_two_empty_texts()
    {
        var result = ResultBuilder.ForTexts(string.Empty, string.Empty);

        var output = new WordDiffRenderer().RenderToString(Compared.Of(result));

        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public void Colours_the_marks_when_asked_and_resets_before_each_line_break()
    {
        var result = new ResultBuilder().Same("Keep ").Deleted("old\nline").Inserted("new").Same(".\n").Build();

        var output = new WordDiffRenderer(new WordDiffOptions { Color = true }).RenderToString(Compared.Of(result));

        Assert.Equal("Keep \u001b[31m\u001b[9m[-old-]\u001b[0m\n\u001b[31m\u001b[9m[-line-]\u001b[0m\u001b[32m{+new+}\u001b[0m.\n", output);
    }

    private static readonly string[] Pieces = ["a", "b c", " ", "\n", "\r", "\r\n", "\n\n", "\t", "\u001b", "\u0085", "\u007f", "é"];

    private static readonly Gen<string> Changed = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[1, 12].Select(string.Concat);

    [Fact]
    public void Writes_a_run_of_one_piece_in_place_as_its_readable_text_marked_line_by_line_as_a_property()
    {
        Gen.Select(Changed, Changed, Gen.Bool).Sample(
            (removed, added, color) =>
            {
                var result = new ResultBuilder().Same("Keep ").Deleted(removed).Inserted(added).Same(" end").Build();

                var output = new WordDiffRenderer(new WordDiffOptions { Color = color }).RenderToString(Compared.Of(result));

                Assert.Equal(Gathered(removed, added, color), output);
            },
            iter: 3_000);
    }

    [Fact]
    public void Shows_a_carriage_return_inside_a_one_piece_run_and_keeps_the_one_ending_it()
    {
        var result = new ResultBuilder().Same("A ").Deleted("x\r\r\ny\rz\r").Inserted("q").Same("\n").Build();

        var output = new WordDiffRenderer().RenderToString(Compared.Of(result));

        Assert.Equal("A [-x\u240d-]\r\n[-y\u240dz\r-]{+q+}\n", output);
    }

    /// <summary>The output as the renderer made it when every run was gathered first: the readable text of each side, marked.</summary>
    private static string Gathered(string removed, string added, bool color)
    {
        var writer = new StringWriter();
        var output = new TextOutput(writer);
        output.Write("Keep ");
        output.WriteMarked(TerminalText.Readable(removed), color ? Ansi.Deleted + "[-" : "[-", color ? "-]" + Ansi.Reset : "-]");
        output.WriteMarked(TerminalText.Readable(added), color ? Ansi.Inserted + "{+" : "{+", color ? "+}" + Ansi.Reset : "+}");
        output.Write(" end\n");
        return writer.ToString();
    }
}
