using System.Text;

namespace ArticleRevisions.Rendering;

/// <summary>Writes a <see cref="ReportDocument"/> as one HTML page sharing the look of the diff page.</summary>
internal static class HtmlReportWriter
{
    public static void Write(TextWriter writer, ReportDocument document, string? stylesheetHref)
    {
        var html = new StringBuilder();
        HtmlPage.Start(html, document.Title, stylesheetHref);
        html.Append("<header>\n<h1>");
        HtmlText.Append(html, document.Title);
        html.Append("</h1>\n");
        foreach (var note in document.Notes)
        {
            html.Append("<p class=\"summary\">");
            HtmlText.Append(html, note);
            html.Append("</p>\n");
        }

        html.Append("</header>\n<main>\n");
        foreach (var table in document.Tables)
        {
            AppendTable(html, table, passTo: writer);
        }

        html.Append("</main>\n");
        HtmlPage.End(html);
        writer.Write(html);
    }

    /// <summary>
    /// Appends <paramref name="table"/>. With <paramref name="stacked"/>, each cell carries its column's name, so on a
    /// narrow screen the stylesheet can show each row as a card; <paramref name="rowLink"/>, when given, makes the
    /// first cell of each row it returns an address for a link. With <paramref name="passTo"/>, what is built is passed
    /// on to it every few rows and <paramref name="html"/> emptied, so rows made as they are enumerated are never all held.
    /// </summary>
    internal static void AppendTable(StringBuilder html, ReportTable table, bool stacked = false, Func<string[], string?>? rowLink = null, TextWriter? passTo = null)
    {
        if (table.Heading is { } heading)
        {
            html.Append("<h2>");
            HtmlText.Append(html, heading);
            html.Append("</h2>\n");
        }

        html.Append(stacked ? "<table class=\"report stack\">\n<thead><tr>" : "<table class=\"report\">\n<thead><tr>");
        foreach (var name in table.Header)
        {
            html.Append("<th scope=\"col\">");
            HtmlText.Append(html, name);
            html.Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var c = 0; c < row.Length; c++)
            {
                html.Append(c == table.Bar ? "<td class=\"bar\"" : table.Numbers.Contains(c) ? "<td class=\"number\"" : "<td");
                if (stacked && c < table.Header.Count)
                {
                    html.Append(" data-label=\"");
                    HtmlText.Append(html, table.Header[c]);
                    html.Append('"');
                }

                html.Append('>');
                if (c == 0 && rowLink?.Invoke(row) is { } href)
                {
                    html.Append("<a href=\"");
                    HtmlText.Append(html, href);
                    html.Append("\">");
                    HtmlText.Append(html, row[c]);
                    html.Append("</a>");
                }
                else
                {
                    HtmlText.Append(html, row[c]);
                }

                html.Append("</td>");
            }

            html.Append("</tr>\n");
            if (passTo is not null && html.Length >= 16 * 1024)
            {
                passTo.Write(html);
                html.Clear();
            }
        }

        html.Append("</tbody>\n</table>\n");
    }
}
