using System.Text;

namespace ArticleRevisions.Rendering;

/// <summary>The start and end every HTML page of this library shares: no scripts, no external requests unless a stylesheet is linked on purpose.</summary>
internal static class HtmlPage
{
    /// <summary>Appends everything up to and including <c>&lt;body&gt;</c>.</summary>
    public static void Start(StringBuilder html, string title, string? stylesheetHref)
    {
        html.Append("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta name=\"color-scheme\" content=\"light dark\">\n");
        html.Append("<title>");
        HtmlText.Append(html, title);
        html.Append("</title>\n");
        if (stylesheetHref is null)
        {
            html.Append("<style>\n").Append(HtmlStylesheet.Default).Append("\n</style>\n");
        }
        else
        {
            html.Append("<link rel=\"stylesheet\" href=\"");
            HtmlText.Append(html, stylesheetHref);
            html.Append("\">\n");
        }

        html.Append("</head>\n<body>\n");
    }

    /// <summary>Appends the end of the page.</summary>
    public static void End(StringBuilder html) => html.Append("</body>\n</html>\n");
}
