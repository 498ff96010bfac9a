using ArticleRevisions.Diffing;
using ArticleRevisions.Reports;
using ArticleRevisions.Text;

namespace ArticleRevisions.Rendering;

/// <summary>
/// Writes the old and the new text in two columns, line by line, fitting <see cref="SideBySideDiffOptions.Width"/>.
/// </summary>
/// <remarks>
/// <para>
/// A header row names the versions (with their times in the comparison's zone) above a rule. The gutter between the
/// columns carries sdiff's marks: <c>|</c> a changed line paired with its new form, <c>&lt;</c> a line only in the
/// old text, <c>&gt;</c> a line only in the new one, a space for an unchanged line.
/// </para>
/// <para>
/// Lines are aligned as the comparison sees them (<see cref="LineAlignment.FromComparison"/>): a line is marked
/// changed only where the comparison found a change, so its granularity and what its options count as equal are
/// followed; line endings never show (CRLF and LF look the same in a column). Long lines wrap, at
/// white space where possible, never truncated, both columns at the same width (half of what the gutter leaves), and
/// no output line ends in a space (the spaces a wrapped row or a line ends in are not shown); widths count East Asian wide characters and emoji as two columns;
/// tabs are expanded and control characters shown as control pictures. With colour, old sides of changes are red
/// and new sides green, reset at the end of every cell.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class SideBySideDiffRenderer : IRenderer<Comparison>
{
    private const int GutterWidth = 3;

    private readonly SideBySideDiffOptions options;

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">The width and colour; <see cref="SideBySideDiffOptions.Default"/> when null.</param>
    public SideBySideDiffRenderer(SideBySideDiffOptions? options = null)
    {
        this.options = options ?? SideBySideDiffOptions.Default;
    }

    /// <inheritdoc/>
    public void Render(Comparison model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        // Both columns wrap at the same width, so equal lines wrap alike; an odd column left over stays unused.
        var leftWidth = (options.Width - GutterWidth) / 2;
        var rightWidth = leftWidth;
        var layout = new Layout(leftWidth, rightWidth, options.Color);
        // Rows go straight to the writer as they are laid out; nothing holds the whole output.
        layout.AppendRow(
            writer,
            VersionLabel.Describe(model.Old, model.Zone),
            true,
            VersionLabel.Describe(model.New, model.Zone),
            true,
            ' ');
        writer.Write(new string('-', leftWidth) + "-+-" + new string('-', rightWidth) + "\n");

        var alignment = LineAlignment.FromComparison(model.Result);
        foreach (var row in alignment.Rows)
        {
            var mark = row.Change switch
            {
                LineChange.Changed => '|',
                LineChange.Removed => '<',
                LineChange.Added => '>',
                _ => ' ',
            };
            layout.AppendRow(
                writer,
                row.OldLine is { } o ? WithoutEnding(alignment.OldLine(o)) : default,
                row.OldLine is not null,
                row.NewLine is { } n ? WithoutEnding(alignment.NewLine(n)) : default,
                row.NewLine is not null,
                mark);
        }
    }

    /// <summary>A line without its <c>\n</c> or <c>\r\n</c>.</summary>
    private static ReadOnlySpan<char> WithoutEnding(ReadOnlySpan<char> line)
    {
        if (line.EndsWith('\n'))
        {
            line = line[..^1];
            if (line.EndsWith('\r'))
            {
                line = line[..^1];
            }
        }

        return line;
    }

    /// <summary>Writes rows cell by cell from the lines themselves: a string is made only of a line holding a control character.</summary>
    private sealed class Layout(int leftWidth, int rightWidth, bool color)
    {
        private const string Spaces = "                                ";

        /// <summary>Writes the rows of one pair of lines; a side with no line (<paramref name="hasLeft"/> or <paramref name="hasRight"/> false) is left empty.</summary>
        public void AppendRow(TextWriter writer, ReadOnlySpan<char> left, bool hasLeft, ReadOnlySpan<char> right, bool hasRight, char mark)
        {
            var leftRows = new ColumnRows(Prepared(left), leftWidth);
            var rightRows = new ColumnRows(Prepared(right), rightWidth);
            while (true)
            {
                ReadOnlySpan<char> leftCell = default, rightCell = default;
                var any = hasLeft && leftRows.Next(out leftCell);
                any |= hasRight && rightRows.Next(out rightCell);
                if (!any)
                {
                    return;
                }

                // No output line ends in a space: the spaces a wrapped row ends in are not shown.
                leftCell = leftCell.TrimEnd(' ');
                rightCell = rightCell.TrimEnd(' ');
                Paint(writer, leftCell, mark is '|' or '<' ? Ansi.OldSide : null);

                // No trailing padding on a row that ends in its left column.
                if (rightCell.IsEmpty && mark == ' ')
                {
                    writer.Write('\n');
                    continue;
                }

                for (var pad = leftWidth - DisplayWidth.Of(leftCell); pad > 0; pad -= Spaces.Length)
                {
                    writer.Write(Spaces.AsSpan(0, Math.Min(pad, Spaces.Length)));
                }

                writer.Write(' ');
                writer.Write(mark);
                if (!rightCell.IsEmpty)
                {
                    writer.Write(' ');
                    Paint(writer, rightCell, mark is '|' or '>' ? Ansi.NewSide : null);
                }

                writer.Write('\n');
            }
        }

        private static ReadOnlySpan<char> Prepared(ReadOnlySpan<char> line) =>
            ColumnText.NeedsPreparing(line) ? ColumnText.Prepare(line.ToString()) : line;

        private void Paint(TextWriter writer, ReadOnlySpan<char> cell, string? style)
        {
            if (color && style is not null && !cell.IsEmpty)
            {
                writer.Write(style);
                writer.Write(cell);
                writer.Write(Ansi.Reset);
            }
            else
            {
                writer.Write(cell);
            }
        }
    }
}
