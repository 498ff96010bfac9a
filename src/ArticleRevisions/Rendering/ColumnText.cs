using System.Globalization;
using System.Text;

namespace ArticleRevisions.Rendering;

/// <summary>Fits one line of text into a terminal column: tabs expanded, control characters made visible, wrapped.</summary>
internal static class ColumnText
{
    /// <summary>
    /// Expands tabs to the next multiple of <see cref="DisplayWidth.TabSize"/> and shows C0 control characters and
    /// DEL as their Unicode control pictures (␍, ␛, …), so no raw control code can move the cursor and break the
    /// columns; C1 controls become U+FFFD for the same reason.
    /// </summary>
    public static string Prepare(string line)
    {
        if (!line.Any(char.IsControl))
        {
            return line;
        }

        var builder = new StringBuilder(line.Length + 8);
        var column = 0;
        var elements = StringInfo.GetTextElementEnumerator(line);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (element == "\t")
            {
                var spaces = DisplayWidth.TabSize - (column % DisplayWidth.TabSize);
                builder.Append(' ', spaces);
                column += spaces;
                continue;
            }

            if (element.Length == 1 && char.IsControl(element[0]))
            {
                builder.Append(TerminalText.Visible(element[0]));
                column++;
                continue;
            }

            builder.Append(element);
            column += DisplayWidth.OfCluster(element);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Wraps prepared text into rows no wider than <paramref name="width"/> columns, breaking after white space
    /// where it can and inside a word only when the word alone is too wide. Never drops or changes a character;
    /// empty text gives one empty row.
    /// </summary>
    public static List<string> Wrap(string text, int width)
    {
        // Each grapheme cluster as where it starts and the columns it takes, the text's end last: no string per cluster.
        var starts = new List<int>();
        var widths = new List<int>();
        for (var at = 0; at < text.Length;)
        {
            var length = StringInfo.GetNextTextElementLength(text.AsSpan(at));
            starts.Add(at);
            widths.Add(DisplayWidth.OfCluster(text, at, length));
            at += length;
        }

        var count = starts.Count;
        starts.Add(text.Length);
        var rows = new List<string>();
        var rowStart = 0;
        var rowWidth = 0;
        var breakAfter = -1;
        var index = 0;
        while (index < count)
        {
            var elementWidth = widths[index];
            if (rowWidth + elementWidth > width && index > rowStart)
            {
                var end = breakAfter > rowStart ? breakAfter : index;
                rows.Add(text[starts[rowStart]..starts[end]]);
                rowStart = end;
                rowWidth = 0;
                breakAfter = -1;
                index = rowStart;
                continue;
            }

            rowWidth += elementWidth;
            index++;
            if (text.AsSpan(starts[index - 1], starts[index] - starts[index - 1]).IsWhiteSpace())
            {
                breakAfter = index;
            }
        }

        rows.Add(text[starts[rowStart]..starts[count]]);
        return rows;
    }
}
