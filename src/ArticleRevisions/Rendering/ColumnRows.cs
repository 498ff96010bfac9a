namespace ArticleRevisions.Rendering;

/// <summary>
/// The rows one line of prepared text (see <see cref="ColumnText.Prepare"/>) wraps into in a column, cut one at a time
/// as views of the text: no row, list or string is made.
/// </summary>
/// <remarks>
/// A row takes grapheme clusters while they fit <c>width</c> columns (a row's first cluster always, however wide);
/// when the next one does not fit, the row ends after its last white-space cluster if it has one past its start, or
/// before the cluster that does not fit otherwise, and the next row starts there. Never drops or changes a character;
/// empty text gives one empty row. Not thread-safe: one cursor serves one line.
/// </remarks>
internal ref struct ColumnRows
{
    private readonly ReadOnlySpan<char> text;
    private readonly int width;
    private int rowStart;
    private int at;
    private int rowWidth;
    private int breakAfter;
    private int widthAtBreak;
    private bool done;

    /// <summary>Starts a cursor at the first row of <paramref name="text"/>, wrapped at <paramref name="width"/> columns.</summary>
    public ColumnRows(ReadOnlySpan<char> text, int width)
    {
        this.text = text;
        this.width = width;
        breakAfter = -1;
    }

    /// <summary>Cuts the next row; false after the last one.</summary>
    public bool Next(out ReadOnlySpan<char> row)
    {
        if (done)
        {
            row = default;
            return false;
        }

        while (at < text.Length)
        {
            var length = DisplayWidth.ClusterLength(text, at);
            var cluster = text.Slice(at, length);
            var clusterWidth = DisplayWidth.OfCluster(cluster);
            if (rowWidth + clusterWidth > width && at > rowStart)
            {
                // What followed the white space fitted in this row, so it fits the next one, which has no break of its own yet;
                // the cluster that did not fit is measured again against it.
                int end;
                if (breakAfter > rowStart)
                {
                    end = breakAfter;
                    rowWidth -= widthAtBreak;
                }
                else
                {
                    end = at;
                    rowWidth = 0;
                }

                row = text[rowStart..end];
                rowStart = end;
                breakAfter = -1;
                return true;
            }

            rowWidth += clusterWidth;
            at += length;
            if (cluster.IsWhiteSpace())
            {
                breakAfter = at;
                widthAtBreak = rowWidth;
            }
        }

        done = true;
        row = text[rowStart..];
        return true;
    }
}
