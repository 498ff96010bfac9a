using System.Text;

namespace ArticleRevisions.Rendering;

/// <summary>Writes a <see cref="ReportDocument"/> as Markdown: a bold title, notes, and GitHub-flavoured tables.</summary>
internal static class MarkdownReportWriter
{
    /// <summary>Writes <paramref name="document"/>, each table's rows as they are enumerated (once).</summary>
    public static void Write(TextWriter writer, ReportDocument document)
    {
        writer.Write(Escaped(document.Title, "**"));
        foreach (var note in document.Notes)
        {
            writer.Write("\n\n");
            writer.Write(Escaped(note, null));
        }

        foreach (var table in document.Tables)
        {
            if (table.Heading is { } heading)
            {
                writer.Write("\n\n");
                writer.Write(Escaped(heading, "**"));
            }

            writer.Write("\n\n");
            WriteTable(writer, table);
        }

        writer.Write('\n');
    }

    private static void WriteTable(TextWriter writer, ReportTable table)
    {
        var markdown = new StringBuilder();
        markdown.Append('|').AppendJoin('|', table.Header.Select(h => ' ' + Cell(h) + ' ')).Append("|\n|");
        for (var c = 0; c < table.Header.Count; c++)
        {
            markdown.Append(table.Numbers.Contains(c) ? "--:|" : ":--|");
        }

        foreach (var row in table.Rows)
        {
            markdown.Append("\n|");
            for (var c = 0; c < row.Length; c++)
            {
                // A bar is a code span, so its leading spaces keep their width (it holds only spaces and block
                // characters); with no trailing space, CommonMark strips none.
                var cell = c == table.Bar ? $"`{row[c].TrimEnd()}`" : Cell(row[c]);
                markdown.Append(' ').Append(cell).Append(" |");
            }

            if (markdown.Length >= 16 * 1024)
            {
                writer.Write(markdown);
                markdown.Clear();
            }
        }

        writer.Write(markdown);
    }

    private static string Cell(string text)
    {
        var markdown = new MarkdownText().MidLine();
        markdown.Append(TerminalText.Safe(text));
        return markdown.ToString();
    }

    private static string Escaped(string text, string? delimiter)
    {
        var markdown = new MarkdownText();
        var line = TerminalText.Safe(text);
        if (delimiter is null)
        {
            markdown.Append(line);
        }
        else
        {
            markdown.AppendMarked(line, delimiter);
        }

        return markdown.ToString();
    }
}
