using ArticleRevisions.Diffing;
using ArticleRevisions.Rendering;
using NodaTime;

namespace ArticleRevisions.Tests.Rendering;

public class SideBySideDiffRendererTests
{
    private static readonly SideBySideDiffRenderer Narrow = new(new SideBySideDiffOptions { Width = 40 });

    [Fact]
    public void Pairs_changed_lines_with_a_bar_and_marks_lines_found_on_one_side_only()
    {
        var result = TextDiffer.Compare("same\nold line\ngone\nend\n", "same\nnew line\nend\nadded\n");

        var output = Narrow.RenderToString(Compared.Of(result));

        Assert.Equal(
            string.Concat(
                "old".PadRight(18), "   new\n",
                new string('-', 18), "-+-", new string('-', 18), "\n",
                "same".PadRight(18), "   same\n",
                "old line".PadRight(18), " | new line\n",
                "gone".PadRight(18), " <\n",
                "end".PadRight(18), "   end\n",
                new string(' ', 18), " > added\n"),
            output);
    }

    [Fact]
    public void Names_the_versions_with_their_times_in_the_chosen_zone()
    {
        var result = TextDiffer.Compare("a\n", "b\n");
        var model = Compared.Of(result, oldLabel: "revision 1", newLabel: "revision 2", oldTime: TestData.Morning, newTime: TestData.Morning + Duration.FromHours(3), zone: TestData.Kyiv);

        var output = new SideBySideDiffRenderer(new SideBySideDiffOptions { Width = 90 }).RenderToString(model);

        Assert.StartsWith("revision 1 (2025-01-07 10:12:00 +02:00)".PadRight(43) + "   revision 2 (2025-01-07 13:12:00 +02:00)\n", output);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(41)]
    [InlineData(80)]
    public void Wraps_long_lines_inside_the_width_without_losing_a_character(int width)
    {
        var result = Samples.Kursk().Build();
        var leftWidth = (width - 3) / 2;

        var output = new SideBySideDiffRenderer(new SideBySideDiffOptions { Width = width }).RenderToString(Compared.Of(result));

        var rows = output.TrimEnd('\n').Split('\n').Skip(2).ToArray();
        Assert.All(rows, row => Assert.InRange(row.Length, 0, width));
        var left = string.Concat(rows.Select(r => r[..Math.Min(leftWidth, r.Length)]));
        var right = string.Concat(rows.Where(r => r.Length > leftWidth + 3).Select(r => r[(leftWidth + 3)..]));
        Assert.Equal(Squeeze(result.OldText), Squeeze(left));
        Assert.Equal(Squeeze(result.NewText), Squeeze(right));
        Assert.Contains(rows, row => row.Length > leftWidth && row[leftWidth + 1] == '|');
    }

    [Theory]
    [InlineData(40)]
    [InlineData(41)]
    [InlineData(80)]
    public void Wraps_both_columns_at_the_same_width_and_ends_no_line_in_a_space(int width)
    {
        const string Paragraph = "The council’s cabinet voted unanimously on Tuesday evening to fund the work from its capital reserves. ";
        var result = TextDiffer.Compare(Paragraph + "\nOld line.\n", Paragraph + "\nNew line.  \n");
        var columnWidth = (width - 3) / 2;

        var output = new SideBySideDiffRenderer(new SideBySideDiffOptions { Width = width }).RenderToString(Compared.Of(result));

        var rows = output.TrimEnd('\n').Split('\n');
        Assert.All(rows, row => Assert.False(row.EndsWith(' '), $"'{row}' ends in a space"));
        Assert.All(rows.Skip(2).Where(r => r.Length > columnWidth + 3 && r[columnWidth + 1] == ' '), row => Assert.Equal(row[..columnWidth].TrimEnd(), row[(columnWidth + 3)..]));
        Assert.Equal(columnWidth, rows[1].IndexOf('+', StringComparison.Ordinal) - 1);
        Assert.Equal(columnWidth, rows[1].Length - rows[1].IndexOf('+', StringComparison.Ordinal) - 2);
    }

    [Fact]
    public void Breaks_lines_after_white_space_rather_than_inside_a_word()
    {
        var result = TextDiffer.Compare("alpha beta gamma delta\n", "alpha beta gamma\n");

        var output = Narrow.RenderToString(Compared.Of(result));

        var rows = output.Split('\n').Skip(2).ToArray();
        Assert.Equal("alpha beta gamma".PadRight(18) + " | alpha beta gamma", rows[0]);
        Assert.Equal("delta".PadRight(18) + " |", rows[1]);
    }

    [Fact]
    public void Counts_wide_characters_and_emoji_as_two_columns()
    {
        var result = TextDiffer.Compare("中文新闻报道中文新闻报道 😀 done\n", "🇺🇦 Київ e\u0301 ❤️ 中文\n");

        var output = Narrow.RenderToString(Compared.Of(result));

        var rows = output.TrimEnd('\n').Split('\n').Skip(2).ToArray();
        Assert.Equal(2, rows.Length);
        Assert.All(rows, row => Assert.InRange(DisplayWidth.Of(row), 0, 40));
        Assert.All(rows, row => Assert.Equal(18, DisplayWidth.Of(row.AsSpan()[..row.IndexOf(" |", StringComparison.Ordinal)])));
        Assert.Equal("中文新闻报道中文新 | 🇺🇦 Київ e\u0301 ❤️ 中文", rows[0]);
        Assert.Equal("闻报道 😀 done" + new string(' ', 4) + " |", rows[1]);
    }

    [Fact]
    public void Expands_tabs_and_shows_control_characters_as_pictures()
    {
        var result = TextDiffer.Compare("a\tb\u001b[31m\n", "a\tb\r\n");

        var output = Narrow.RenderToString(Compared.Of(result));

        var rows = output.Split('\n').Skip(2).ToArray();
        Assert.Equal("a       b␛[31m".PadRight(18) + " | a       b", rows[0]);
        Assert.DoesNotContain('\u001b', output);
    }

    [Fact]
    public void Shows_CRLF_lines_like_LF_lines_without_their_line_endings()
    {
        var result = TextDiffer.Compare("one\r\ntwo\r\n", "one\ntwo");

        var output = Narrow.RenderToString(Compared.Of(result));

        Assert.EndsWith("one".PadRight(18) + "   one\n" + "two".PadRight(18) + "   two\n", output);
        Assert.DoesNotContain('\r', output);
    }

    [Fact]
    public void Colours_the_old_side_of_a_change_red_and_the_new_side_green()
    {
        var result = TextDiffer.Compare("same\nold\n", "same\nnew\n");

        var output = new SideBySideDiffRenderer(new SideBySideDiffOptions { Width = 40, Color = true }).RenderToString(Compared.Of(result));

        var rows = output.Split('\n').Skip(2).ToArray();
        Assert.Equal("same".PadRight(18) + "   same", rows[0]);
        Assert.Equal("\u001b[31mold\u001b[0m" + new string(' ', 15) + " | \u001b[32mnew\u001b[0m", rows[1]);
    }

    [Fact]
    public void Shows_identical_texts_without_marks()
    {
        var result = TextDiffer.Compare("Київ\n\nсьогодні\n", "Київ\n\nсьогодні\n");

        var output = Narrow.RenderToString(Compared.Of(result));

        Assert.EndsWith("Київ".PadRight(18) + "   Київ\n\n" + "сьогодні".PadRight(18) + "   сьогодні\n", output);
        Assert.DoesNotContain(" | ", output);
    }

    [Fact]
    public void Shows_only_the_header_for_two_empty_texts()
    {
        var result = TextDiffer.Compare(string.Empty, string.Empty);

        var output = Narrow.RenderToString(Compared.Of(result));

        Assert.Equal("old".PadRight(18) + "   new\n" + new string('-', 18) + "-+-" + new string('-', 18) + "\n", output);
    }

    [Fact]
    public void Marks_nothing_where_the_comparison_ignores_the_difference()
    {
        var result = TextDiffer.Compare("One  line\nwrapped here.\n", "One line wrapped\nhere.\n", new DiffOptions { IgnoreWhitespace = true, IgnoreCase = true });

        var output = Narrow.RenderToString(Compared.Of(result));

        Assert.False(result.HasDifferences);
        var rows = output.TrimEnd('\n').Split('\n').Skip(2).ToArray();
        Assert.Equal(["One  line".PadRight(18) + "   One line wrapped", "wrapped here.".PadRight(18) + "   here."], rows);
    }

    [Fact]
    public void Marks_the_lines_the_comparison_changed_at_its_granularity()
    {
        const string OldText = "Intro.\n\nLine one stays.\nLine two is old.\n";
        const string NewText = "Intro.\n\nLine one stays.\nLine two is new.\n";

        var byWord = Narrow.RenderToString(Compared.Of(TextDiffer.Compare(OldText, NewText)));
        var byParagraph = Narrow.RenderToString(Compared.Of(TextDiffer.Compare(OldText, NewText, new DiffOptions { Granularity = DiffGranularity.Paragraph })));

        Assert.Contains("Line one stays.".PadRight(18) + "   Line one stays.", byWord);
        Assert.Contains("Line one stays.".PadRight(18) + " | Line one stays.", byParagraph);
        Assert.Contains("Line two is old.".PadRight(18) + " | Line two is new.", byWord);
    }

    [Fact]
    public void Marks_a_removed_blank_line_unless_white_space_is_ignored()
    {
        const string OldText = "One.\n\n\nTwo.\n";
        const string NewText = "One.\n\nTwo.\n";

        var exact = Narrow.RenderToString(Compared.Of(TextDiffer.Compare(OldText, NewText)));
        var ignoring = Narrow.RenderToString(Compared.Of(TextDiffer.Compare(OldText, NewText, new DiffOptions { IgnoreWhitespace = true })));

        Assert.Contains(new string(' ', 18) + " <", exact);
        Assert.DoesNotContain(" <", ignoring);
    }

    [Fact]
    public void Refuses_a_width_under_twenty()
    {
        var narrow = () => new SideBySideDiffOptions { Width = 19 };

        Assert.Throws<ArgumentOutOfRangeException>(narrow);
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
