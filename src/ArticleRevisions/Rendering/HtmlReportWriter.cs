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
            AppendTable(html, table);
        }

        html.Append("</main>\n");
        HtmlPage.End(html);
        writer.Write(html);
    }

    private static void AppendTable(StringBuilder html, ReportTable table)
    {
        if (table.Heading is { } heading)
        {
            html.Append("<h2>");
            HtmlText.Append(html, heading);
            html.Append("</h2>\n");
        }

        html.Append("<table class=\"report\">\n<thead><tr>");
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
                html.Append(c == table.Bar ? "<td class=\"bar\">" : table.Numbers.Contains(c) ? "<td class=\"number\">" : "<td>");
                HtmlText.Append(html, row[c]);
                html.Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }
}
