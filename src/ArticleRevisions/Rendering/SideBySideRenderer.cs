using System.Text;
using ArticleRevisions.Diffing;

namespace ArticleRevisions.Rendering;

/// <summary>
/// Writes the old and the new text in two columns, line by line, fitting <see cref="RenderOptions.Width"/>.
/// </summary>
/// <remarks>
/// <para>
/// A header row names the versions (with their times in the chosen zone) above a rule. The gutter between the
/// columns carries sdiff's marks: <c>|</c> a changed line paired with its new form, <c>&lt;</c> a line only in the
/// old text, <c>&gt;</c> a line only in the new one, a space for an unchanged line.
/// </para>
/// <para>
/// Lines are compared exactly, their endings aside (CRLF and LF look the same in a column). Long lines wrap, at
/// white space where possible, never truncated; widths count East Asian wide characters and emoji as two columns;
/// tabs are expanded and control characters shown as control pictures. With colour, old sides of changes are red
/// and new sides green, reset at the end of every cell.
/// </para>
/// </remarks>
internal static class SideBySideRenderer
{
    private const int GutterWidth = 3;

    public static string Render(DiffResult result, RenderOptions options)
    {
        var leftWidth = (options.Width - GutterWidth) / 2;
        var rightWidth = options.Width - GutterWidth - leftWidth;
        var layout = new Layout(leftWidth, rightWidth, options.Color);
        var builder = new StringBuilder();

        layout.AppendRow(
            builder,
            VersionLabel.Describe(options.OldLabel, options.OldTime, options.Zone),
            VersionLabel.Describe(options.NewLabel, options.NewTime, options.Zone),
            ' ');
        builder.Append('-', leftWidth).Append("-+-").Append('-', rightWidth).Append('\n');

        var oldLines = TextLines.SplitKeepingEndings(result.OldText).Select(TextLines.StripEnding).ToArray();
        var newLines = TextLines.SplitKeepingEndings(result.NewText).Select(TextLines.StripEnding).ToArray();
        var oldIndex = 0;
        var newIndex = 0;
        foreach (var block in SequenceDiffer.Diff(oldLines, newLines))
        {
            for (; oldIndex < block.OldStart; oldIndex++, newIndex++)
            {
                layout.AppendRow(builder, oldLines[oldIndex], newLines[newIndex], ' ');
            }

            var paired = Math.Min(block.OldCount, block.NewCount);
            for (var i = 0; i < Math.Max(block.OldCount, block.NewCount); i++)
            {
                if (i < paired)
                {
                    layout.AppendRow(builder, oldLines[block.OldStart + i], newLines[block.NewStart + i], '|');
                }
                else if (i < block.OldCount)
                {
                    layout.AppendRow(builder, oldLines[block.OldStart + i], null, '<');
                }
                else
                {
                    layout.AppendRow(builder, null, newLines[block.NewStart + i], '>');
                }
            }

            oldIndex = block.OldStart + block.OldCount;
            newIndex = block.NewStart + block.NewCount;
        }

        for (; oldIndex < oldLines.Length; oldIndex++, newIndex++)
        {
            layout.AppendRow(builder, oldLines[oldIndex], newLines[newIndex], ' ');
        }

        return builder.ToString();
    }

    private sealed class Layout(int leftWidth, int rightWidth, bool color)
    {
        public void AppendRow(StringBuilder builder, string? left, string? right, char mark)
        {
            var leftRows = left is null ? [] : ColumnText.Wrap(ColumnText.Prepare(left), leftWidth);
            var rightRows = right is null ? [] : ColumnText.Wrap(ColumnText.Prepare(right), rightWidth);
            for (var row = 0; row < Math.Max(leftRows.Count, rightRows.Count); row++)
            {
                var leftCell = row < leftRows.Count ? leftRows[row] : string.Empty;
                var rightCell = row < rightRows.Count ? rightRows[row] : string.Empty;
                Paint(builder, leftCell, mark is '|' or '<' ? Ansi.OldSide : null);

                // No trailing padding on a row that ends in its left column.
                if (rightCell.Length == 0 && mark == ' ')
                {
                    builder.Append('\n');
                    continue;
                }

                builder.Append(' ', leftWidth - DisplayWidth.Of(leftCell)).Append(' ').Append(mark);
                if (rightCell.Length > 0)
                {
                    builder.Append(' ');
                    Paint(builder, rightCell, mark is '|' or '>' ? Ansi.NewSide : null);
                }

                builder.Append('\n');
            }
        }

        private void Paint(StringBuilder builder, string cell, string? style)
        {
            if (color && style is not null && cell.Length > 0)
            {
                builder.Append(style).Append(cell).Append(Ansi.Reset);
            }
            else
            {
                builder.Append(cell);
            }
        }
    }
}
