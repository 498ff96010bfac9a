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
        var rows = new List<string>();
        var elements = new List<(string Text, int Width)>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            var element = enumerator.GetTextElement();
            elements.Add((element, DisplayWidth.OfCluster(element)));
        }

        var rowStart = 0;
        var rowWidth = 0;
        var breakAfter = -1;
        var index = 0;
        while (index < elements.Count)
        {
            var (element, elementWidth) = elements[index];
            if (rowWidth + elementWidth > width && index > rowStart)
            {
                var end = breakAfter > rowStart ? breakAfter : index;
                rows.Add(Join(elements, rowStart, end));
                rowStart = end;
                rowWidth = 0;
                breakAfter = -1;
                index = rowStart;
                continue;
            }

            rowWidth += elementWidth;
            index++;
            if (string.IsNullOrWhiteSpace(element))
            {
                breakAfter = index;
            }
        }

        rows.Add(Join(elements, rowStart, elements.Count));
        return rows;
    }

    private static string Join(List<(string Text, int Width)> elements, int start, int end)
    {
        var builder = new StringBuilder();
        for (var i = start; i < end; i++)
        {
            builder.Append(elements[i].Text);
        }

        return builder.ToString();
    }
}
