using System.Text;
using ArticleRevisions.Reports;
using ArticleRevisions.Text;

namespace ArticleRevisions.Rendering;

/// <summary>
/// Writes a <see cref="CollectionIndex"/> as one self-contained HTML page: a table of the articles, the most recently
/// substantively edited first, with their counts, a sparkline of their revisions on one shared time axis, and a link
/// to each article's page.
/// </summary>
/// <remarks>
/// The page shares <see cref="HtmlStylesheet.Default"/> with every page of this library; it has no scripts and makes
/// no external requests unless a stylesheet is linked. Each article's times are in its own zone. Every title and
/// name is escaped. This type is immutable and thread-safe.
/// </remarks>
public sealed class HtmlCollectionIndexRenderer : IRenderer<CollectionIndex>
{
    private static readonly string[] Columns = ["Article", "Last substantive edit", "Revisions", "Substantive", "Stealth", "Cosmetic", "Reverts", "Activity"];

    private readonly HtmlCollectionIndexOptions options;

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">The stylesheet and where the articles' pages are; <see cref="HtmlCollectionIndexOptions.Default"/> when null.</param>
    public HtmlCollectionIndexRenderer(HtmlCollectionIndexOptions? options = null)
    {
        this.options = options ?? HtmlCollectionIndexOptions.Default;
    }

    /// <inheritdoc/>
    public void Render(CollectionIndex model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        var html = new StringBuilder(HtmlStylesheet.Default.Length + 4096 + (model.Entries.Length * 1024));
        HtmlPage.Start(html, $"{model.Title}: edit histories", options.StylesheetHref, "collection-index");
        html.Append("<header>\n<h1>");
        HtmlText.Append(html, model.Title);
        html.Append("</h1>\n<p class=\"summary\">");
        HtmlText.Append(html, Summary(model));
        html.Append("</p>\n</header>\n<main>\n");
        if (!model.Entries.IsEmpty)
        {
            AppendTable(html, model);
        }

        html.Append("</main>\n<footer>\n<p>");
        HtmlText.Append(html, "Bars: one per revision, taller for more words changed; orange substantive, blue cosmetic, grey the first version; a red dot marks a stealth edit (substantive, with no note). Each article's times are in its own zone.");
        html.Append("</p>\n</footer>\n");
        HtmlPage.End(html);
        writer.Write(html);
    }

    private static string Summary(CollectionIndex model)
    {
        if (model.Entries.IsEmpty)
        {
            return "No histories in this collection.";
        }

        var substantive = model.Entries.Sum(e => e.SubstantiveCount);
        var stealth = model.Entries.Sum(e => e.StealthCount);
        var text = $"{ReportText.Plural(model.Entries.Length, "article")}, {ReportText.Plural(model.Entries.Sum(e => e.RevisionCount), "revision")}: "
            + $"{ReportText.Plural(substantive, "substantive edit")} ({stealth} stealth), {model.Entries.Sum(e => e.CosmeticCount)} cosmetic. "
            + "The most recently substantively edited come first.";
        return model.Span is { } span
            ? $"{text} Activity is drawn from {TimeFormat.Utc(span.Start)} to {TimeFormat.Utc(span.End)} for every article."
            : text;
    }

    private void AppendTable(StringBuilder html, CollectionIndex model)
    {
        html.Append("<div class=\"table-scroll\">\n<table class=\"report stack index\">\n<thead><tr>");
        foreach (var column in Columns)
        {
            html.Append("<th scope=\"col\">").Append(column).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var entry in model.Entries)
        {
            var zone = entry.Article.Zone;
            html.Append("<tr>\n<th scope=\"row\"><a href=\"");
            HtmlText.Append(html, options.ArticleHref(entry.Name));
            html.Append("\">");
            HtmlText.Append(html, entry.Article.Title);
            html.Append("</a><br><span class=\"muted\">");
            HtmlText.Append(html, entry.Name);
            if (entry.GoneSince is { } gone)
            {
                html.Append("</span> <span class=\"badge gone\">");
                HtmlText.Append(html, $"source gone since {TimeFormat.InZone(gone, zone)}");
            }

            html.Append("</span></th>\n<td data-label=\"").Append(Columns[1]).Append("\">");
            if (entry.LastSubstantiveEdit is { } last)
            {
                html.Append("<time datetime=\"").Append(TimeFormat.Utc(last)).Append("\">");
                HtmlText.Append(html, TimeFormat.InZone(last, zone));
                html.Append("</time>");
            }
            else
            {
                html.Append("none");
            }

            html.Append("</td>\n");
            AppendCount(html, Columns[2], entry.RevisionCount);
            AppendCount(html, Columns[3], entry.SubstantiveCount);
            AppendCount(html, Columns[4], entry.StealthCount);
            AppendCount(html, Columns[5], entry.CosmeticCount);
            AppendCount(html, Columns[6], entry.RevertCount);
            html.Append("<td data-label=\"").Append(Columns[7]).Append("\">");
            Sparkline.Append(html, entry, model.Span, $"{ReportText.Plural(entry.RevisionCount, "revision")}, {entry.SubstantiveCount} substantive, {entry.StealthCount} stealth");
            html.Append("</td>\n</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n");
    }

    private static void AppendCount(StringBuilder html, string column, int count) =>
        html.Append("<td class=\"number\" data-label=\"").Append(column).Append("\">").Append(count).Append("</td>\n");
}
