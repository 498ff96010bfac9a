using System.Buffers;
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
        if (!NeedsPreparing(line))
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

            if (element.Length == 1 && TerminalText.IsShownAsSymbol(element[0]))
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

    /// <summary>Gets whether <see cref="Prepare"/> would change <paramref name="line"/>: whether it holds a control or directional formatting character.</summary>
    public static bool NeedsPreparing(ReadOnlySpan<char> line) => line.ContainsAny(Controls);

    /// <summary>
    /// Wraps prepared text into rows no wider than <paramref name="width"/> columns, breaking after white space
    /// where it can and inside a word only when the word alone is too wide. Never drops or changes a character;
    /// empty text gives one empty row.
    /// </summary>
    /// <remarks>The rows are those <see cref="ColumnRows"/> cuts, made into strings.</remarks>
    public static List<string> Wrap(string text, int width)
    {
        var rows = new List<string>();
        var cursor = new ColumnRows(text, width);
        while (cursor.Next(out var row))
        {
            rows.Add(row.ToString());
        }

        return rows;
    }

    // The characters char.IsControl is true of (C0, DEL and C1) and the directional formatting characters.
    private static readonly SearchValues<char> Controls = SearchValues.Create(ControlCharacters() + TerminalText.Directional);

    private static string ControlCharacters()
    {
        var controls = new char[0x20 + 0x21];
        for (var c = 0; c < controls.Length; c++)
        {
            controls[c] = (char)(c < 0x20 ? c : 0x7F + c - 0x20);
        }

        return new string(controls);
    }
}
