namespace ArticleRevisions.Rendering;

/// <summary>
/// Writes rows as columns separated by two spaces, measured in terminal columns (<see cref="DisplayWidth"/>), so
/// wide characters such as CJK names line up; control characters are made visible first.
/// </summary>
internal static class ColumnLayout
{
    /// <summary>Writes <paramref name="rows"/>, each line ending in <c>\n</c> without trailing spaces.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="rows">The rows; they may have different numbers of cells. Enumerated twice (measured, then written), so rows made as they are enumerated are never all held.</param>
    /// <param name="rightAligned">The indexes of the columns aligned right (numbers); the others are aligned left.</param>
    /// <remarks>A left-aligned cell that ends its row is never padded.</remarks>
    public static void Write(TextWriter writer, IEnumerable<string[]> rows, IReadOnlySet<int>? rightAligned = null)
    {
        var widths = new List<int>();
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                var width = DisplayWidth.Of(TerminalText.Safe(row[c]));
                if (c == widths.Count)
                {
                    widths.Add(width);
                }
                else if (width > widths[c])
                {
                    widths[c] = width;
                }
            }
        }

        var line = new System.Text.StringBuilder();
        foreach (var cells in rows)
        {
            var row = Array.ConvertAll(cells, TerminalText.Safe);
            line.Clear();
            for (var c = 0; c < row.Length; c++)
            {
                if (c > 0)
                {
                    line.Append("  ");
                }

                var padding = widths[c] - DisplayWidth.Of(row[c]);
                if (rightAligned?.Contains(c) == true)
                {
                    line.Append(' ', padding).Append(row[c]);
                }
                else
                {
                    line.Append(row[c]);
                    if (c < row.Length - 1)
                    {
                        line.Append(' ', padding);
                    }
                }
            }

            writer.Write(line.ToString().TrimEnd());
            writer.Write('\n');
        }
    }
}
