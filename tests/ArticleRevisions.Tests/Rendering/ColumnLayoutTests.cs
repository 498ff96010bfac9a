using ArticleRevisions.Rendering;

namespace ArticleRevisions.Tests.Rendering;

public class ColumnLayoutTests
{
    [Fact]
    public void Lines_up_columns_by_display_width_so_wide_names_align()
    {
        var writer = new StringWriter();

        ColumnLayout.Write(writer, [["r1", "王小明", "first"], ["r2", "Jo", "second"]]);

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["r1  王小明  first", "r2  Jo      second"], lines);
        Assert.Equal(DisplayWidth.Of(lines[0].AsSpan()[..lines[0].IndexOf("first", StringComparison.Ordinal)]), DisplayWidth.Of(lines[1].AsSpan()[..lines[1].IndexOf("second", StringComparison.Ordinal)]));
    }

    [Fact]
    public void Aligns_numbers_right_never_pads_a_last_left_column_and_shows_control_characters()
    {
        var writer = new StringWriter();

        ColumnLayout.Write(writer, [["a", "1", "x\ty"], ["bb", "10", ""]], new HashSet<int> { 1 });

        Assert.Equal("a    1  x␉y\nbb  10\n", writer.ToString());
    }
}
